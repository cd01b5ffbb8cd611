namespace ReportingEngine.Domain.Billing;

/// <summary>应收、实收、欠费、收缴率 (R-FEE-3).</summary>
/// <param name="Receivable">应收 — sum of bill totals, in yuan.</param>
/// <param name="Received">实收 — payments applied to those bills, in yuan.</param>
public sealed record FeeFigures(decimal Receivable, decimal Received)
{
    /// <summary>欠费 — receivable minus received.</summary>
    public decimal Arrears => Receivable - Received;

    /// <summary>收缴率 — received / receivable; null when nothing was receivable (no division by zero).</summary>
    public decimal? CollectionRate => Receivable == 0 ? null : Received / Receivable;

    /// <summary>The rate as a percentage rounded half-up to 0.01 (e.g. 93.27), null when nothing was receivable.</summary>
    public decimal? CollectionRatePercent => CollectionRate is { } rate ? Math.Round(rate * 100m, 2, MidpointRounding.AwayFromZero) : null;
}
