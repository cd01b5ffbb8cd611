namespace ReportingEngine.Domain.Arrears;

/// <summary>Amounts at risk and time-barred across units (issue 5 item 7; R-COL-2).</summary>
/// <param name="AmountAtRisk">Outstanding on periods expiring within the at-risk window, in yuan.</param>
/// <param name="AmountTimeBarred">Outstanding on time-barred periods, in yuan.</param>
/// <param name="PeriodsAtRisk">Number of periods at risk.</param>
/// <param name="PeriodsTimeBarred">Number of periods time-barred.</param>
public sealed record LimitationTotals(decimal AmountAtRisk, decimal AmountTimeBarred, int PeriodsAtRisk, int PeriodsTimeBarred)
{
    /// <summary>Sums the reports of many units.</summary>
    /// <param name="reports">Limitation reports.</param>
    /// <returns>The totals.</returns>
    public static LimitationTotals Of(IEnumerable<LimitationReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var entries = reports.SelectMany(r => r.Entries).ToList();
        var atRisk = entries.Where(e => e.Status == LimitationStatus.AtRisk).ToList();
        var barred = entries.Where(e => e.Status == LimitationStatus.TimeBarred).ToList();
        return new LimitationTotals(atRisk.Sum(e => e.Outstanding), barred.Sum(e => e.Outstanding), atRisk.Count, barred.Count);
    }
}
