namespace ReportingEngine.Generation.AuditPacks.Models;

/// <summary>A table row: cell texts; <paramref name="Total"/> marks a total row (bold, shaded).</summary>
/// <param name="Cells">Cell texts, one per column.</param>
/// <param name="Total">Whether this is a total row.</param>
internal sealed record AuditRow(IReadOnlyList<string> Cells, bool Total = false);
