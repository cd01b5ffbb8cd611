using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Billing;

/// <summary>One billing period of a unit's account: billed, paid, outstanding.</summary>
/// <param name="BillId">The period's bill.</param>
/// <param name="Period">The billing month.</param>
/// <param name="IssuedOn">Day the payment request was issued.</param>
/// <param name="DueOn">Last day payment is on time (R-FEE-2).</param>
/// <param name="Billed">Bill total, in yuan.</param>
/// <param name="Paid">Payments applied to it, in yuan.</param>
/// <param name="Applications">The payments applied, oldest first.</param>
public sealed record PeriodBalance(
    string BillId,
    BillingPeriod Period,
    DateOnly IssuedOn,
    DateOnly DueOn,
    decimal Billed,
    decimal Paid,
    IReadOnlyList<PaymentApplication> Applications)
{
    /// <summary>Billed minus paid; never negative (excess payments are the account's credit).</summary>
    public decimal Outstanding => Billed - Paid;

    /// <summary>True while something is owed on this period.</summary>
    public bool IsOpen => Outstanding > 0;

    /// <summary>True when something is owed and the due date has passed.</summary>
    /// <param name="asOf">The day of the assessment.</param>
    /// <returns>Whether the period is in arrears on that day.</returns>
    public bool IsOverdueOn(DateOnly asOf) => IsOpen && asOf > DueOn;
}
