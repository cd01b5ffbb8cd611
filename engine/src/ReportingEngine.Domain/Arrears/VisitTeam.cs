namespace ReportingEngine.Domain.Arrears;

/// <summary>催缴小组 — at least two staff and the visits they make (R-COL-1 step 3).</summary>
/// <param name="Number">Team number, from 1.</param>
/// <param name="Staff">Members (≥ 2).</param>
/// <param name="Visits">Visits in slot order, then delivery order.</param>
public sealed record VisitTeam(int Number, IReadOnlyList<string> Staff, IReadOnlyList<VisitAssignment> Visits);
