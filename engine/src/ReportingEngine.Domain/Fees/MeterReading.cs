namespace ReportingEngine.Domain.Fees;

/// <summary>抄表记录 — a monthly meter reading for a metered fee item.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit.</param>
/// <param name="FeeItemId">Metered fee item (water, electricity).</param>
/// <param name="Period">Billing period <c>YYYY-MM</c>.</param>
/// <param name="PreviousReading">上期读数.</param>
/// <param name="CurrentReading">本期读数.</param>
/// <param name="ReadOn">Date read.</param>
public sealed record MeterReading(
    string Id,
    string UnitId,
    string FeeItemId,
    string Period,
    decimal PreviousReading,
    decimal CurrentReading,
    DateOnly ReadOn)
{
    /// <summary>Consumption of the period.</summary>
    public decimal Consumption => CurrentReading - PreviousReading;
}
