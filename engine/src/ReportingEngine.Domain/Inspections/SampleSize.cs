namespace ReportingEngine.Domain.Inspections;

/// <summary>How many dossiers a sample inspection checks (R-QI-2).</summary>
public static class SampleSize
{
    /// <summary>Minimum share of all dossiers, in percent (R-QI-2).</summary>
    public const int MinimumPercent = 5;

    /// <summary>At least 5 % of the dossiers, rounded up, and at least one (41 → 3); zero dossiers need no sample.</summary>
    /// <param name="population">Number of dossiers.</param>
    /// <returns>The sample size.</returns>
    public static int For(int population)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        if (population == 0)
        {
            return 0;
        }

        var size = (int)(((long)population * MinimumPercent + 99) / 100);
        return Math.Max(1, size);
    }
}
