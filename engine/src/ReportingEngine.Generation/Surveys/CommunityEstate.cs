using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Generation.Surveys;

/// <summary>What the survey documents need of one community: its buildings, units and how to address each household.</summary>
/// <param name="Company">The managing company.</param>
/// <param name="Community">The community.</param>
/// <param name="Buildings">Buildings in delivery order.</param>
/// <param name="Units">Units in delivery order.</param>
/// <param name="Contacts">Surname with 先生/女士 by unit id.</param>
internal sealed record CommunityEstate(
    CompanyProfile Company,
    Community Community,
    IReadOnlyList<Building> Buildings,
    IReadOnlyList<Unit> Units,
    IReadOnlyDictionary<string, string> Contacts)
{
    /// <summary>Units occupied on or before <paramref name="day"/>: the households that can answer (same rule as the sampler).</summary>
    public int HouseholdsOn(DateOnly day) => Units.Count(u => u.OccupiedOn is { } occupied && occupied <= day);
}
