namespace ReportingEngine.Domain.Common;

/// <summary>金额 — money helpers: amounts are <see cref="decimal"/> yuan, rounded half-up to 0.01 per bill line.</summary>
public static class Money
{
    /// <summary>Rounds an amount to 0.01 yuan, half away from zero (0.005 → 0.01, −0.005 → −0.01).</summary>
    /// <param name="amount">Amount in yuan.</param>
    /// <returns>The rounded amount.</returns>
    public static decimal RoundLine(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Multiplies a quantity by a unit price and rounds the product as one bill line.</summary>
    /// <param name="quantity">Quantity (m², m³, kWh, months…).</param>
    /// <param name="unitPrice">Price per unit of quantity, in yuan.</param>
    /// <returns>The line amount rounded half-up to 0.01 yuan.</returns>
    public static decimal Line(decimal quantity, decimal unitPrice) => RoundLine(quantity * unitPrice);

    /// <summary>Formats an amount as invariant text with two decimals (<c>1234.50</c>).</summary>
    /// <param name="amount">Amount in yuan.</param>
    /// <returns>The invariant text.</returns>
    public static string Format(decimal amount) =>
        RoundLine(amount).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
