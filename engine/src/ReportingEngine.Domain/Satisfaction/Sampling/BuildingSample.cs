using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Domain.Satisfaction.Sampling;

/// <summary>How many households a building contributes to the sample, beside how many it has (R-SAT-3).</summary>
/// <param name="Building">The building.</param>
/// <param name="Households">Households in the building.</param>
/// <param name="Entrances">Entrances (单元) with at least one household.</param>
/// <param name="Sampled">Households sampled.</param>
public sealed record BuildingSample(Building Building, int Households, int Entrances, int Sampled);
