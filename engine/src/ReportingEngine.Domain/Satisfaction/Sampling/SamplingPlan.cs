using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Satisfaction.Sampling;

/// <summary>抽样方案 — the households to visit in a community for a quarter, reproducible from <see cref="Seed"/> (R-SAT-3).</summary>
/// <param name="CommunityId">Community.</param>
/// <param name="Quarter">Survey quarter.</param>
/// <param name="Seed">The seed the plan was drawn with; recording it reproduces the plan.</param>
/// <param name="HouseholdCount">Households in the community.</param>
/// <param name="MinimumSampleSize">The size the rules require: max(⌈rate × households⌉, entrances with households).</param>
/// <param name="Buildings">Per-building counts in delivery order.</param>
/// <param name="Households">The visit list in delivery order (building, entrance, floor, room).</param>
/// <param name="EntrancesWithoutHouseholds">Declared entrances that have no household this quarter.</param>
/// <param name="Diagnostics">Input records that were skipped or look wrong, by key.</param>
public sealed record SamplingPlan(
    string CommunityId,
    SurveyQuarter Quarter,
    ulong Seed,
    int HouseholdCount,
    int MinimumSampleSize,
    IReadOnlyList<BuildingSample> Buildings,
    IReadOnlyList<SampledHousehold> Households,
    IReadOnlyList<EmptyEntrance> EntrancesWithoutHouseholds,
    IReadOnlyList<SurveyDiagnostic> Diagnostics)
{
    /// <summary>Households in the sample.</summary>
    public int SampleSize => Households.Count;

    /// <summary>Sampled share of households (0 when the community has none).</summary>
    public decimal SampleRate => HouseholdCount == 0 ? 0m : (decimal)SampleSize / HouseholdCount;
}
