namespace ReportingEngine.Data.Synthetic;

/// <summary>Options of the synthetic estate generator.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The options that produce the committed <c>sample-data/</c> folder.</summary>
    public static GeneratorOptions Sample { get; } = new();

    /// <summary>Total units across the three communities (at least 100, so every arrears pattern occurs).</summary>
    public int Units { get; init; } = 1200;

    /// <summary>Random seed; the same seed and unit count give byte-identical files.</summary>
    public int Seed { get; init; } = 2026;

    /// <summary>The month the data runs up to: bills cover the 24 periods ending here.</summary>
    public Domain.Common.BillingPeriod LastPeriod { get; init; } = new(2026, 10);

    /// <summary>Number of monthly bills per unit.</summary>
    public int Months { get; init; } = 24;

    /// <summary>Validates the options.</summary>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Out of range.</exception>
    public GeneratorOptions Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Units, 100, nameof(Units));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Units, 5_000_000, nameof(Units));
        ArgumentOutOfRangeException.ThrowIfLessThan(Months, 1, nameof(Months));
        return this;
    }
}
