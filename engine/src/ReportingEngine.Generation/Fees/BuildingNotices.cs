using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Generation.Fees;

/// <summary>The fee notices of one building for one period (a batch chunk), in delivery order.</summary>
/// <param name="Community">The community.</param>
/// <param name="Building">The building.</param>
/// <param name="Notices">One model per billed unit, with the unit.</param>
/// <param name="UnitsWithoutBill">Units of the building that have no bill for the period (no notice).</param>
internal sealed record BuildingNotices(Community Community, Building Building, IReadOnlyList<(Unit Unit, FeeNoticeModel Model)> Notices, int UnitsWithoutBill);
