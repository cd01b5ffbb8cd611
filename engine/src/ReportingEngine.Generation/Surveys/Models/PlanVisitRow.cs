namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>One household to visit, in delivery order; the form with the same serial number goes to it.</summary>
/// <param name="Serial">编号, three digits (the form's serial).</param>
/// <param name="Building">Building name.</param>
/// <param name="Entrance">单元.</param>
/// <param name="Floor">Floor.</param>
/// <param name="UnitLabel">楼层-房号.</param>
/// <param name="Contact">How to address the household (surname and 先生/女士), or empty.</param>
internal sealed record PlanVisitRow(string Serial, string Building, int Entrance, int Floor, string UnitLabel, string Contact);
