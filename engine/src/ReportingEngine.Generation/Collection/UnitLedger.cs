using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;

namespace ReportingEngine.Generation.Collection;

/// <summary>One unit's account as of a day: statement, limitation clock and ladder stage, with the records behind them.</summary>
internal sealed record UnitLedger(
    UnitListing Listing,
    AccountStatement Statement,
    LimitationReport Limitation,
    StageAssessment Assessment,
    IReadOnlyList<BillLine> Lines,
    IReadOnlyList<CollectionAction> Actions)
{
    /// <summary>Current owners joined by 、 (co-owners); empty when the unit has none.</summary>
    public string OwnerNames => string.Join("、", Listing.Owners.Where(o => o.IsCurrent).Select(o => o.Name));

    /// <summary>Mobiles of the current owners joined by 、.</summary>
    public string OwnerMobiles => string.Join("、", Listing.Owners.Where(o => o.IsCurrent && o.Mobile.Length > 0).Select(o => o.Mobile));

    /// <summary>楼栋 + 楼层-房号, e.g. <c>1栋 4-04</c> (R-DOS-1).</summary>
    public string Place => Listing.Building.Name + " " + Listing.Unit.Label;
}
