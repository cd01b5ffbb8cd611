using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Domain.Satisfaction.Sampling;

/// <summary>A declared entrance (单元) with no household to survey this quarter, listed so the plan explains the gap (R-SAT-3).</summary>
/// <param name="Building">The building.</param>
/// <param name="Entrance">The entrance number.</param>
public sealed record EmptyEntrance(Building Building, int Entrance);
