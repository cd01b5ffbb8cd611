namespace ReportingEngine.Generation.Collection.Models;

/// <summary>A door-visit team of at least two (R-COL-1 step 3) and its visits.</summary>
/// <param name="Number">Team number.</param>
/// <param name="Staff">Members joined by 、.</param>
/// <param name="Visits">Its visits in slot order.</param>
public sealed record VisitTeamBlock(int Number, string Staff, IReadOnlyList<VisitRow> Visits);
