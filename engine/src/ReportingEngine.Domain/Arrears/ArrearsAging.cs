using ReportingEngine.Domain.Billing;

namespace ReportingEngine.Domain.Arrears;

/// <summary>账龄分析 — arrears by age since due date (R-FEE-3).</summary>
public static class ArrearsAging
{
    /// <summary>The bucket of an amount due on a day, assessed on another; null when not yet past due.</summary>
    /// <param name="dueOn">Due date (last day on time).</param>
    /// <param name="asOf">Assessment day.</param>
    /// <returns>The bucket, or null.</returns>
    public static AgingBucket? BucketOf(DateOnly dueOn, DateOnly asOf)
    {
        var span = OverdueSpan.Between(dueOn, asOf);
        if (span.IsZero)
        {
            return null;
        }

        return span.IsMoreThanMonths(12) ? AgingBucket.OverTwelveMonths
            : span.IsMoreThanMonths(6) ? AgingBucket.SixToTwelveMonths
            : span.IsMoreThanMonths(3) ? AgingBucket.ThreeToSixMonths
            : span.IsMoreThanMonths(2) ? AgingBucket.TwoToThreeMonths
            : span.IsMoreThanMonths(1) ? AgingBucket.OneToTwoMonths
            : AgingBucket.UpToOneMonth;
    }

    /// <summary>Ages the open periods of statements as of their day.</summary>
    /// <param name="statements">Unit statements (each aged as of its own day).</param>
    /// <returns>Amounts per bucket.</returns>
    public static AgingReport Of(IEnumerable<AccountStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var amounts = Enum.GetValues<AgingBucket>().ToDictionary(b => b, _ => 0m);
        var notYetDue = 0m;
        foreach (var statement in statements)
        {
            foreach (var period in statement.OpenPeriods)
            {
                if (BucketOf(period.DueOn, statement.AsOf) is { } bucket)
                {
                    amounts[bucket] += period.Outstanding;
                }
                else
                {
                    notYetDue += period.Outstanding;
                }
            }
        }

        return new AgingReport(amounts, notYetDue);
    }

    /// <summary>Aging per community or building, ordered by key.</summary>
    /// <param name="accounts">Unit accounts.</param>
    /// <param name="byBuilding">True for one report per building, false per community.</param>
    /// <returns>Reports keyed by community id or building id.</returns>
    public static IReadOnlyList<KeyValuePair<string, AgingReport>> Grouped(IEnumerable<UnitAccount> accounts, bool byBuilding)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        return accounts
            .GroupBy(a => byBuilding ? a.BuildingId : a.CommunityId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, AgingReport>(g.Key, Of(g.Select(a => a.Statement))))
            .ToList();
    }
}
