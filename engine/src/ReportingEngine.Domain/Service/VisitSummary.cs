using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Service;

/// <summary>Computes the quarterly visit summary (R-VIS-1).</summary>
public static class VisitSummary
{
    /// <summary>Counts the visits made in <paramref name="quarter"/> up to <paramref name="asOf"/> and judges each ended month.</summary>
    /// <param name="visits">Visits of one community; those outside the quarter or after <paramref name="asOf"/> are ignored.</param>
    /// <param name="quarter">The quarter.</param>
    /// <param name="asOf">The report date, inclusive (usually the quarter's last day).</param>
    /// <returns>The summary.</returns>
    public static VisitQuarterSummary Compute(IEnumerable<Visit> visits, SurveyQuarter quarter, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(visits);
        var counted = visits
            .Where(v => v.VisitedOn >= quarter.FirstDay && v.VisitedOn <= quarter.LastDay && v.VisitedOn <= asOf)
            .OrderBy(v => v.VisitedOn)
            .ThenBy(v => v.Id, StringComparer.Ordinal)
            .ToList();

        var months = quarter.Months
            .Select(month =>
            {
                var ofMonth = counted.Where(v => BillingPeriod.Of(v.VisitedOn) == month).ToList();
                var managerVisits = ofMonth.Count(v => v.ManagerJoined);
                return new VisitMonthFigures(month, ofMonth.Count, HouseholdsOf(ofMonth), managerVisits, ManagerCheck(month, managerVisits, asOf));
            })
            .ToList();

        return new VisitQuarterSummary
        {
            Quarter = quarter,
            AsOf = asOf,
            Visits = counted,
            Households = HouseholdsOf(counted),
            Months = months,
            ByTopic = CountRow.Of(counted.Select(v => string.IsNullOrWhiteSpace(v.Topic) ? ServiceMessages.UnstatedTopic : v.Topic)),
            Issues = [.. counted.SelectMany(Anomalies)],
        };
    }

    /// <summary>
    /// R-VIS-1: the manager joins at least one visit a month. A month with such a visit has met the rule whenever it was made; a
    /// month without one is a breach only once it has ended — until then the manager can still go (not judged).
    /// </summary>
    private static CheckStatus ManagerCheck(BillingPeriod month, int managerVisits, DateOnly asOf)
    {
        if (managerVisits > 0)
        {
            return CheckStatus.Met;
        }

        var lastDay = month.AddMonths(1).FirstDay.AddDays(-1);
        return lastDay <= asOf ? CheckStatus.Breached : CheckStatus.Pending;
    }

    private static int HouseholdsOf(IEnumerable<Visit> visits) => visits.Select(v => v.UnitId).Distinct(StringComparer.Ordinal).Count();

    private static IEnumerable<RecordIssue> Anomalies(Visit visit)
    {
        if (string.IsNullOrWhiteSpace(visit.Visitors))
        {
            yield return new RecordIssue(visit.Id, ServiceMessages.NoVisitors(visit.ManagerJoined));
        }

        if (string.IsNullOrWhiteSpace(visit.Topic))
        {
            yield return new RecordIssue(visit.Id, ServiceMessages.NoTopic);
        }
    }
}
