namespace ReportingEngine.Generation.Fees;

/// <summary>One row of a delivery receipt sheet: the unit, its owner and the amount the notice states (R-COL-2).</summary>
/// <param name="UnitLabel">楼层-房号.</param>
/// <param name="Owner">Owners' names.</param>
/// <param name="Amount">Total due on the notice.</param>
public sealed record DeliveryReceiptRow(string UnitLabel, string Owner, decimal Amount);
