namespace ReportingEngine.Domain.Access;

/// <summary>Who asks for a roster and with what options.</summary>
public sealed record RosterRequest
{
    /// <summary>The recipient's role.</summary>
    public required StaffRole Role { get; init; }

    /// <summary>Show ID numbers in full; only the company head may ask (R-ACC-3).</summary>
    public bool RevealIdNumbers { get; init; }

    /// <summary>Buildings in the recipient's scope (customer service: only these units are listed); null means every building given.</summary>
    public IReadOnlySet<string>? BuildingScope { get; init; }
}
