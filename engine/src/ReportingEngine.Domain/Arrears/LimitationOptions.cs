namespace ReportingEngine.Domain.Arrears;

/// <summary>Settings of the limitation clock (R-COL-2; Civil Code art. 188, 195).</summary>
public sealed record LimitationOptions
{
    /// <summary>Civil Code art. 188: three years; at risk within 90 days; posting effective without notarization.</summary>
    public static LimitationOptions Default { get; } = new();

    /// <summary>Length of the limitation period in years (art. 188: 3).</summary>
    public int Years { get; init; } = 3;

    /// <summary>A period expiring within this many days (inclusive) is at risk.</summary>
    public int AtRiskDays { get; init; } = 90;

    /// <summary>
    /// When true, a public posting counts only if notarized. R-COL-2 makes any posting effective ("notarized when
    /// needed"), so the default is false and an unnotarized posting is accepted with a caution.
    /// </summary>
    public bool RequireNotarizedPosting { get; init; }

    /// <summary>Checks the options once, when they are built from configuration.</summary>
    /// <returns>The problems found, empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Years < 1)
        {
            problems.Add("Years must be at least 1 (Civil Code art. 188: 3)");
        }

        if (AtRiskDays < 0)
        {
            problems.Add("AtRiskDays must not be negative");
        }

        return problems;
    }

    internal static LimitationOptions Checked(LimitationOptions? options)
    {
        options ??= Default;
        var problems = options.Validate();
        return problems.Count == 0 ? options : throw new ArgumentException(string.Join("; ", problems), nameof(options));
    }
}
