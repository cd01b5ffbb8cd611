using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Service;

/// <summary>Computes the monthly complaint summary (R-CMP-1).</summary>
public static class ComplaintSummary
{
    /// <summary>Counts and measures the complaints received in <paramref name="month"/>.</summary>
    /// <param name="complaints">Complaints; those received outside the month or after <paramref name="asOf"/> are ignored.</param>
    /// <param name="month">The month.</param>
    /// <param name="asOf">The report date (usually the first moment of the next month).</param>
    /// <param name="options">Limits; the regulation's when null.</param>
    /// <returns>The summary.</returns>
    public static ComplaintMonthSummary Compute(IEnumerable<Complaint> complaints, BillingPeriod month, DateTime asOf, ServiceLevelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        var limits = ServiceLevelOptions.Checked(options);
        var (from, until) = ServicePeriod.Bounds(month);
        var assessed = complaints
            .Where(c => c.ReceivedAt >= from && c.ReceivedAt < until && c.ReceivedAt <= asOf)
            .OrderBy(c => c.ReceivedAt)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => ComplaintSla.Assess(c, asOf, limits))
            .ToList();

        var byLevel = Enum.GetValues<ComplaintLevel>()
            .Select(level =>
            {
                var ofLevel = assessed.Where(a => a.Complaint.Level == level).ToList();
                return new ComplaintLevelFigures(level, ofLevel.Count, OnTimeOf(ofLevel), ofLevel.Count(a => a.Open));
            })
            .ToList();

        var rates = Enum.GetValues<ServiceCheck>()
            .Where(check => check < ServiceCheck.RepairDispatch)
            .Select(check =>
            {
                var results = assessed.SelectMany(a => a.Checks).Where(r => r.Check == check).ToList();
                return new CheckRate(check, ServiceRate.Of(results), results.Count(r => r.Status == CheckStatus.Pending));
            })
            .ToList();

        return new ComplaintMonthSummary
        {
            Month = month,
            AsOf = asOf,
            Complaints = assessed,
            ByLevel = byLevel,
            ByCategory = CountRow.Of(assessed.Select(a => a.Complaint.Category)),
            Rates = rates,
            OnTime = OnTimeOf(assessed),
            Breaches = [.. assessed.SelectMany(a => a.Checks
                .Where(r => r.Status == CheckStatus.Breached)
                .Select(r => new ServiceBreach(a.Complaint.Id, a.Complaint.UnitId, r)))],
            Open = [.. assessed.Where(a => a.Open)],
            Issues = [.. assessed.SelectMany(a => a.Anomalies.Select(m => new RecordIssue(a.Complaint.Id, m)))],
        };
    }

    private static ServiceRate OnTimeOf(IReadOnlyCollection<ComplaintAssessment> assessed) =>
        new(assessed.Count(a => a.Judged && a.OnTime), assessed.Count(a => a.Judged));
}
