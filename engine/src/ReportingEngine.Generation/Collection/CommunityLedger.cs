using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Generation.Collection;

/// <summary>A community's accounts as of a day, units in delivery order.</summary>
internal sealed record CommunityLedger(
    CompanyProfile Company,
    Community Community,
    IReadOnlyList<Building> Buildings,
    IReadOnlyList<UnitLedger> Units,
    IReadOnlyList<FeeItem> FeeItems)
{
    /// <summary>物业服务中心 of the community (the issuer on notices and lists).</summary>
    public string ServiceCenter => Community.Name + "物业服务中心";
}
