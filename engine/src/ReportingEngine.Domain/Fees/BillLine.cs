namespace ReportingEngine.Domain.Fees;

/// <summary>账单明细 — one line of a bill, its amount already rounded half-up to 0.01 yuan.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="BillId">Bill.</param>
/// <param name="FeeItemId">Fee item charged.</param>
/// <param name="Description">Text on the notice (e.g. 物业管理费 2026-10).</param>
/// <param name="Quantity">Quantity (m², m³, kWh, 1).</param>
/// <param name="UnitPrice">Price per quantity unit.</param>
/// <param name="Amount">Line amount in yuan (<see cref="Common.Money.RoundLine"/>).</param>
public sealed record BillLine(
    string Id,
    string BillId,
    string FeeItemId,
    string Description,
    decimal Quantity,
    decimal UnitPrice,
    decimal Amount);
