namespace ReportingEngine.Domain.Estate;

/// <summary>A unit with its place and its current owners, as listed in delivery order (community, building, floor, room).</summary>
/// <param name="Community">The unit's community.</param>
/// <param name="Building">The unit's building.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Owners">Current owners (co-owners possible), empty when unsold.</param>
public sealed record UnitListing(Community Community, Building Building, Unit Unit, IReadOnlyList<Owner> Owners);
