namespace ReportingEngine.Domain.Service;

/// <summary>An on-time (or follow-up) rate: how many of the judged records met the limit.</summary>
/// <param name="Met">Records within the limit.</param>
/// <param name="Judged">Records whose outcome is known (met or breached; pending ones are not counted).</param>
public sealed record ServiceRate(int Met, int Judged)
{
    /// <summary>Records that missed the limit.</summary>
    public int Missed => Judged - Met;

    /// <summary>Percentage to one decimal, rounded half away from zero; null when nothing was judged.</summary>
    public decimal? Percent => Judged == 0 ? null : Math.Round(Met * 100m / Judged, 1, MidpointRounding.AwayFromZero);

    /// <summary>Counts the results of one check over many records.</summary>
    /// <param name="results">Results (null entries — the check does not apply — are skipped).</param>
    /// <returns>The rate.</returns>
    public static ServiceRate Of(IEnumerable<CheckResult?> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var met = 0;
        var judged = 0;
        foreach (var result in results)
        {
            if (result is null || result.Status == CheckStatus.Pending)
            {
                continue;
            }

            judged++;
            if (result.Status == CheckStatus.Met)
            {
                met++;
            }
        }

        return new ServiceRate(met, judged);
    }
}
