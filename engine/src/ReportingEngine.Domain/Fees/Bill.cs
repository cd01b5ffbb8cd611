namespace ReportingEngine.Domain.Fees;

/// <summary>账单 — the monthly bill of a unit (R-FEE-2: notice on the 15th, due before the 20th).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit billed.</param>
/// <param name="Period">Billing period <c>YYYY-MM</c>.</param>
/// <param name="IssuedOn">Date the payment request was issued.</param>
/// <param name="DueOn">Payment deadline.</param>
/// <param name="Total">Sum of the lines in yuan.</param>
public sealed record Bill(string Id, string UnitId, string Period, DateOnly IssuedOn, DateOnly DueOn, decimal Total);
