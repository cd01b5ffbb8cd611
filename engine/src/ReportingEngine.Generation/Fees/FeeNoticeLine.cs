namespace ReportingEngine.Generation.Fees;

/// <summary>One itemized line of a fee notice (R-FEE-1), its amount rounded half-up to 0.01 yuan.</summary>
/// <param name="Description">Text of the line.</param>
/// <param name="Quantity">Quantity (m², m³, kWh, spaces).</param>
/// <param name="UnitPrice">Price per quantity unit.</param>
/// <param name="Amount">Amount in yuan.</param>
public sealed record FeeNoticeLine(string Description, decimal Quantity, decimal UnitPrice, decimal Amount);
