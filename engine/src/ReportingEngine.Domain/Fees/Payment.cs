namespace ReportingEngine.Domain.Fees;

/// <summary>缴费记录 — a payment against a bill; each gets a receipt or invoice (R-FEE-3).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="BillId">Bill paid.</param>
/// <param name="UnitId">Unit (denormalised for arrears queries).</param>
/// <param name="PaidOn">Date received.</param>
/// <param name="Amount">Amount in yuan.</param>
/// <param name="Method">How it was paid.</param>
/// <param name="ReceiptNumber">Receipt or invoice number.</param>
public sealed record Payment(string Id, string BillId, string UnitId, DateOnly PaidOn, decimal Amount, PaymentMethod Method, string ReceiptNumber);
