namespace ReportingEngine.Domain.Access;

/// <summary>A roster, or the reason the request is refused (R-ACC-3).</summary>
/// <param name="Roster">The roster when granted.</param>
/// <param name="Refusal">The reason when refused.</param>
public sealed record RosterDecision(Roster? Roster, string? Refusal)
{
    /// <summary>Whether a roster may be issued.</summary>
    public bool Granted => Roster is not null;
}
