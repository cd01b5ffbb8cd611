namespace ReportingEngine.Domain.Estate;

/// <summary>小区/项目 — a managed community served by one service center.</summary>
/// <param name="Id">Community identifier.</param>
/// <param name="CompanyId">Managing company.</param>
/// <param name="Name">Community name (e.g. 翠湖花园).</param>
/// <param name="Kind">Residential, commercial or mixed.</param>
/// <param name="Address">Address.</param>
/// <param name="MoveInStart">入伙开始日期 — when move-in began (R-QI-1: one year after it a full inspection is due).</param>
/// <param name="TotalUnits">Total units (the denominator of the occupancy rate in R-QI-1).</param>
/// <param name="ServiceCenterPhone">Service center phone.</param>
public sealed record Community(
    string Id,
    string CompanyId,
    string Name,
    CommunityKind Kind,
    string Address,
    DateOnly MoveInStart,
    int TotalUnits,
    string ServiceCenterPhone);
