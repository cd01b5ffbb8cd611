namespace ReportingEngine.Domain.Satisfaction.Sampling;

/// <summary>Options of the quarterly sampling plan (R-SAT-3).</summary>
public sealed record SamplingOptions
{
    /// <summary>The regulation's options: at least 10 % of households, occupied units only.</summary>
    public static SamplingOptions Default { get; } = new();

    /// <summary>Minimum share of households to sample, rounded up to whole households (R-SAT-3: 10 %).</summary>
    public decimal MinimumRate { get; init; } = 0.10m;

    /// <summary>
    /// When false (the default) only units occupied on or before the last day of the quarter are households;
    /// unsold or vacant units have nobody to answer the form.
    /// </summary>
    public bool IncludeVacantUnits { get; init; }

    /// <summary>Checks the options once, before planning.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not in (0, 1].</exception>
    public void Validate()
    {
        if (MinimumRate <= 0m || MinimumRate > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumRate), MinimumRate, SatisfactionMessages.RateOutOfRange);
        }
    }
}
