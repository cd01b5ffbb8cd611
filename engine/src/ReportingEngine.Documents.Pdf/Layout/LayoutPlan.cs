namespace ReportingEngine.Documents.Pdf.Layout;

/// <summary>
/// The result of planning a document: every page with its positioned draw operations, the outline and
/// the problems found. Pure data: drawing it (<see cref="PlanRenderer"/>) has no further layout decisions.
/// </summary>
/// <param name="Pages">Pages in order.</param>
/// <param name="Outline">Outline (bookmark) entries in document order.</param>
/// <param name="Diagnostics">Problems such as characters no available face can print; empty when the plan is sound.</param>
internal sealed record LayoutPlan(IReadOnlyList<PlannedPage> Pages, IReadOnlyList<OutlineEntry> Outline, IReadOnlyList<LayoutDiagnostic> Diagnostics);
