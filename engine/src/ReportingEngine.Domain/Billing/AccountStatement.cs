using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Billing;

/// <summary>对账单 — a unit's fee account as of a day: every billed period with amounts billed, paid and outstanding.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="AsOf">The day of the statement; bills issued and payments received after it are left out.</param>
/// <param name="Periods">Every billed period, oldest first.</param>
/// <param name="Credit">预存 — payments not yet needed by any bill, in yuan (applied to the next bill).</param>
/// <param name="Issues">Records that could not be used, with their keys.</param>
public sealed partial record AccountStatement(
    string UnitId,
    DateOnly AsOf,
    IReadOnlyList<PeriodBalance> Periods,
    decimal Credit,
    IReadOnlyList<BillingIssue> Issues)
{
    /// <summary>Periods with something still owed, oldest first.</summary>
    public IReadOnlyList<PeriodBalance> OpenPeriods => Periods.Where(p => p.IsOpen).ToList();

    /// <summary>Sum of bill totals.</summary>
    public decimal TotalBilled => Periods.Sum(p => p.Billed);

    /// <summary>Sum of payments applied to bills (credit excluded).</summary>
    public decimal TotalPaid => Periods.Sum(p => p.Paid);

    /// <summary>Sum of outstanding amounts.</summary>
    public decimal TotalOutstanding => Periods.Sum(p => p.Outstanding);

    /// <summary>The oldest period with something owed past its due date, or null.</summary>
    public PeriodBalance? OldestOverdue => Periods.FirstOrDefault(p => p.IsOverdueOn(AsOf));

    /// <summary>The balance of one period, or null when it was not billed.</summary>
    /// <param name="period">The billing month.</param>
    /// <returns>The period's balance.</returns>
    public PeriodBalance? For(BillingPeriod period) => Periods.FirstOrDefault(p => p.Period == period);
}
