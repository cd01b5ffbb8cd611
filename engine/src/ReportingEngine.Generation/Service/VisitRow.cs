namespace ReportingEngine.Generation.Service;

/// <summary>One line of the 走访情况记录表 as the project manager reads it (R-VIS-1).</summary>
/// <param name="No">Line number.</param>
/// <param name="Date">yyyy-MM-dd.</param>
/// <param name="Unit">Building and floor-room, or the unit id when unknown.</param>
/// <param name="Visitors">Staff who went.</param>
/// <param name="ManagerJoined">是 / 否.</param>
/// <param name="Topic">走访事由.</param>
/// <param name="Notes">Opinions and suggestions heard, and what was agreed; — when none were recorded.</param>
public sealed record VisitRow(int No, string Date, string Unit, string Visitors, string ManagerJoined, string Topic, string Notes);
