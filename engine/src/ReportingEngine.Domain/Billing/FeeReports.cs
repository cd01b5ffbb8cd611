using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Billing;

/// <summary>收费统计 — receivable, received, arrears and collection rate (R-FEE-3, R-FEE-4).</summary>
/// <remarks>
/// A period's "received" is what the account statements applied to that period's bills (oldest first, see
/// <see cref="AccountStatement.Compute"/>), so a late payment of March arrears raises March's collection rate, not
/// the month it arrived in. Unused prepaid credit is not revenue of any period and is reported apart.
/// </remarks>
public static class FeeReports
{
    /// <summary>Fee figures grouped at a level, ordered by community, building, then month.</summary>
    /// <param name="accounts">Unit statements, all as of the same day.</param>
    /// <param name="level">Grouping.</param>
    /// <returns>One row per group.</returns>
    public static IReadOnlyList<FeeReportRow> Collection(IEnumerable<UnitAccount> accounts, FeeReportLevel level)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var byBuilding = level is FeeReportLevel.Building or FeeReportLevel.BuildingMonth;
        var byMonth = level is FeeReportLevel.CommunityMonth or FeeReportLevel.BuildingMonth;
        var groups = new SortedDictionary<(string Community, string Building, BillingPeriod Period), (decimal Receivable, decimal Received)>(KeyOrder.Instance);
        foreach (var account in accounts)
        {
            foreach (var period in account.Statement.Periods)
            {
                var key = (account.CommunityId, byBuilding ? account.BuildingId : string.Empty, byMonth ? period.Period : default);
                groups.TryGetValue(key, out var sums);
                groups[key] = (sums.Receivable + period.Billed, sums.Received + period.Paid);
            }
        }

        return groups
            .Select(g => new FeeReportRow(
                g.Key.Community,
                byBuilding ? g.Key.Building : null,
                byMonth ? g.Key.Period : null,
                new FeeFigures(g.Value.Receivable, g.Value.Received)))
            .ToList();
    }

    /// <summary>Totals over all accounts.</summary>
    /// <param name="accounts">Unit statements.</param>
    /// <returns>The figures.</returns>
    public static FeeFigures Total(IEnumerable<UnitAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var list = accounts.ToList();
        return new FeeFigures(list.Sum(a => a.Statement.TotalBilled), list.Sum(a => a.Statement.TotalPaid));
    }

    /// <summary>预存 — prepaid credit not yet used by any bill, in yuan.</summary>
    /// <param name="accounts">Unit statements.</param>
    /// <returns>The credit held.</returns>
    public static decimal Prepaid(IEnumerable<UnitAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        return accounts.Sum(a => a.Statement.Credit);
    }

    private sealed class KeyOrder : IComparer<(string Community, string Building, BillingPeriod Period)>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare((string Community, string Building, BillingPeriod Period) x, (string Community, string Building, BillingPeriod Period) y)
        {
            var c = string.CompareOrdinal(x.Community, y.Community);
            if (c != 0)
            {
                return c;
            }

            c = string.CompareOrdinal(x.Building, y.Building);
            return c != 0 ? c : x.Period.CompareTo(y.Period);
        }
    }
}
