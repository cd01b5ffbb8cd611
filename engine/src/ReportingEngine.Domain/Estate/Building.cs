namespace ReportingEngine.Domain.Estate;

/// <summary>楼栋 — a building in a community.</summary>
/// <param name="Id">Building identifier.</param>
/// <param name="CommunityId">Owning community.</param>
/// <param name="Name">Name as posted (e.g. 3栋, A座).</param>
/// <param name="Kind">Residential or commercial.</param>
/// <param name="Entrances">单元 — number of entrances (R-SAT-3 samples at least one household per entrance).</param>
/// <param name="Floors">Number of floors above ground.</param>
/// <param name="SortOrder">Delivery order within the community.</param>
public sealed record Building(string Id, string CommunityId, string Name, BuildingKind Kind, int Entrances, int Floors, int SortOrder);
