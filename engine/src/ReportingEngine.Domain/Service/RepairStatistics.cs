using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Service;

/// <summary>Computes the monthly repair statistics (R-REP-1).</summary>
public static class RepairStatistics
{
    /// <summary>Counts and measures the repairs called in during <paramref name="month"/>.</summary>
    /// <param name="repairs">Repairs; those called outside the month or after <paramref name="asOf"/> are ignored.</param>
    /// <param name="month">The month.</param>
    /// <param name="asOf">The report date (usually the first moment of the next month).</param>
    /// <param name="options">Limits; the regulation's when null.</param>
    /// <returns>The statistics.</returns>
    public static RepairMonthSummary Compute(IEnumerable<Repair> repairs, BillingPeriod month, DateTime asOf, ServiceLevelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(repairs);
        var limits = ServiceLevelOptions.Checked(options);
        var (from, until) = ServicePeriod.Bounds(month);
        var assessed = repairs
            .Where(r => r.CalledAt >= from && r.CalledAt < until && r.CalledAt <= asOf)
            .OrderBy(r => r.CalledAt)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => RepairSla.Assess(r, asOf, limits))
            .ToList();

        CheckRate Rate(ServiceCheck check, Func<RepairAssessment, bool> which)
        {
            var results = assessed.Where(which).Select(a => a.Result(check)).ToList();
            return new CheckRate(check, ServiceRate.Of(results), results.Count(r => r?.Status == CheckStatus.Pending));
        }

        return new RepairMonthSummary
        {
            Month = month,
            AsOf = asOf,
            Repairs = assessed,
            ByCategory = CountRow.Of(assessed.Select(a => a.Repair.Category)),
            Dispatch = Rate(ServiceCheck.RepairDispatch, _ => true),
            Arrival = Rate(ServiceCheck.RepairArrival, _ => true),
            UrgentArrival = Rate(ServiceCheck.RepairArrival, a => a.Repair.Urgent),
            FollowUp = Rate(ServiceCheck.RepairFollowUp, _ => true),
            FollowUpResults = CountRow.Of(assessed
                .Where(a => a.Result(ServiceCheck.RepairFollowUp)?.Status == CheckStatus.Met)
                .Select(a => string.IsNullOrWhiteSpace(a.Repair.FollowUpResult) ? "未记录" : a.Repair.FollowUpResult!)),
            Unfinished = [.. assessed.Where(a => a.Unfinished)],
            Repeated = [.. assessed.Where(a => a.Repeated)],
            Breaches = [.. assessed.SelectMany(a => a.Checks
                .Where(r => r.Status == CheckStatus.Breached)
                .Select(r => new ServiceBreach(a.Repair.Id, a.Repair.UnitId, r)))],
            Issues = [.. assessed.SelectMany(a => a.Anomalies.Select(m => new RecordIssue(a.Repair.Id, m)))],
        };
    }
}
