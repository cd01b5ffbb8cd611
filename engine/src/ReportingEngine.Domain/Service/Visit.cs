namespace ReportingEngine.Domain.Service;

/// <summary>走访记录 — a visit to a household on the 走访情况记录表 (R-VIS-1).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit visited.</param>
/// <param name="VisitedOn">Date.</param>
/// <param name="Visitors">Staff who went.</param>
/// <param name="ManagerJoined">The manager was among them (at least one visit a month).</param>
/// <param name="Topic">Purpose.</param>
/// <param name="Notes">What the household said and what was agreed.</param>
public sealed record Visit(string Id, string UnitId, DateOnly VisitedOn, string Visitors, bool ManagerJoined, string Topic, string Notes);
