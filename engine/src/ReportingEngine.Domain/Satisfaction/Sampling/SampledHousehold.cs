using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Domain.Satisfaction.Sampling;

/// <summary>One line of the visit list: a household chosen for the quarter's survey (R-SAT-3).</summary>
/// <param name="Sequence">1-based position in delivery order (building, entrance, floor, room).</param>
/// <param name="Building">The building.</param>
/// <param name="Unit">The unit.</param>
public sealed record SampledHousehold(int Sequence, Building Building, Unit Unit);
