namespace ReportingEngine.Generation.AuditPacks.Models;

/// <summary>A table of a section: relative column widths, header texts, per-column alignment and rows.</summary>
/// <param name="Columns">Relative widths as markup wants them, e.g. <c>2,5,3</c>.</param>
/// <param name="Header">Header cell texts.</param>
/// <param name="Align">Alignment per column: <c>left</c>, <c>center</c>, <c>right</c>.</param>
/// <param name="Rows">Body rows.</param>
internal sealed record AuditTable(string Columns, IReadOnlyList<string> Header, IReadOnlyList<string> Align, IReadOnlyList<AuditRow> Rows);
