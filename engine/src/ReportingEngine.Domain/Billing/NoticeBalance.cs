using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Billing;

/// <summary>
/// The amounts on a fee notice (缴费通知单): the current period, previous arrears carried month by month, and the
/// total due. Time-barred periods are flagged apart and never demanded (R-COL-2).
/// </summary>
/// <param name="UnitId">The unit.</param>
/// <param name="Period">The notice's billing month.</param>
/// <param name="Current">The current period's balance, null when it has no bill.</param>
/// <param name="ArrearsByMonth">Earlier periods still owed and demandable, oldest first.</param>
/// <param name="TimeBarred">Earlier periods still owed but time-barred: flagged for the account, not demanded.</param>
public sealed record NoticeBalance(
    string UnitId,
    BillingPeriod Period,
    PeriodBalance? Current,
    IReadOnlyList<PeriodBalance> ArrearsByMonth,
    IReadOnlyList<PeriodBalance> TimeBarred)
{
    /// <summary>往期欠费合计 — previous arrears carried onto this notice.</summary>
    public decimal ArrearsTotal => ArrearsByMonth.Sum(p => p.Outstanding);

    /// <summary>本期应缴 — what is still owed on the current period.</summary>
    public decimal CurrentAmount => Current?.Outstanding ?? 0m;

    /// <summary>合计应缴 — current plus carried arrears.</summary>
    public decimal TotalDue => CurrentAmount + ArrearsTotal;

    /// <summary>Composes the notice amounts from a statement.</summary>
    /// <param name="statement">The unit's statement as of the notice date.</param>
    /// <param name="period">The notice's billing month.</param>
    /// <param name="timeBarredBillIds">Bills whose limitation period has run out (see <c>LimitationReport.TimeBarredBillIds</c>); none when null.</param>
    /// <returns>The notice amounts.</returns>
    public static NoticeBalance Compose(AccountStatement statement, BillingPeriod period, IReadOnlySet<string>? timeBarredBillIds = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var earlier = statement.Periods.Where(p => p.Period < period && p.IsOpen).ToList();
        bool Barred(PeriodBalance p) => timeBarredBillIds is not null && timeBarredBillIds.Contains(p.BillId);

        // R-COL-2: a time-barred period is flagged, never demanded.
        return new NoticeBalance(
            statement.UnitId,
            period,
            statement.For(period),
            earlier.Where(p => !Barred(p)).ToList(),
            earlier.Where(Barred).ToList());
    }
}
