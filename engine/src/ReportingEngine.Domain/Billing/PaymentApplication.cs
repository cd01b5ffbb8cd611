using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Billing;

/// <summary>One part of a payment applied to one period's bill (a part payment interrupts that period's limitation, R-COL-2).</summary>
/// <param name="PaymentId">The payment.</param>
/// <param name="BillId">The bill it settled.</param>
/// <param name="Period">The bill's period.</param>
/// <param name="PaidOn">Day the payment was received (for credit: the day it settled this bill).</param>
/// <param name="Amount">Amount applied, in yuan.</param>
/// <param name="FromCredit">
/// True when prepaid credit settled a bill issued after the money came in: that is no act of the debtor
/// concerning this period, so it does not interrupt the limitation period.
/// </param>
public sealed record PaymentApplication(string PaymentId, string BillId, BillingPeriod Period, DateOnly PaidOn, decimal Amount, bool FromCredit = false);
