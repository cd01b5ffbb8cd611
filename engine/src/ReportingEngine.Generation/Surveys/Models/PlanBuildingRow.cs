namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>One building of the plan: households, entrances and how many are sampled (R-SAT-3).</summary>
/// <param name="Name">Building name.</param>
/// <param name="Households">Households.</param>
/// <param name="Entrances">Entrances with households.</param>
/// <param name="Sampled">Households sampled.</param>
/// <param name="Rate">Sampled ÷ households as a percentage.</param>
internal sealed record PlanBuildingRow(string Name, int Households, int Entrances, int Sampled, string Rate);
