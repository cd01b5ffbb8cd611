namespace ReportingEngine.Domain.Fees;

/// <summary>收费项目 — a fee item and its rate (R-FEE-1).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="CommunityId">Community where this rate applies.</param>
/// <param name="Code">Short code (<c>MGMT</c>, <c>WATER</c>…).</param>
/// <param name="Name">Chinese name on the fee notice.</param>
/// <param name="Kind">Category.</param>
/// <param name="Basis">What the rate multiplies.</param>
/// <param name="Rate">Rate in yuan per basis unit.</param>
/// <param name="UnitOfMeasure">Unit shown on the notice (m², 户, m³, kWh).</param>
public sealed record FeeItem(
    string Id,
    string CommunityId,
    string Code,
    string Name,
    FeeKind Kind,
    RateBasis Basis,
    decimal Rate,
    string UnitOfMeasure);
