namespace ReportingEngine.Domain.Billing;

/// <summary>A unit's statement with where the unit is, for reports by community and building.</summary>
/// <param name="CommunityId">Community.</param>
/// <param name="BuildingId">Building.</param>
/// <param name="Statement">The unit's statement.</param>
public sealed record UnitAccount(string CommunityId, string BuildingId, AccountStatement Statement);
