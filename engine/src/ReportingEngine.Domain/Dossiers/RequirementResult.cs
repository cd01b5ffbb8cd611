namespace ReportingEngine.Domain.Dossiers;

/// <summary>One line of a completeness check: a catalog item, or an either-or group of items, and its status.</summary>
/// <param name="Phase">Phase of the requirement.</param>
/// <param name="Items">The item, or every alternative of an either-or group (R-DOS-4).</param>
/// <param name="Status">Present, missing or not required.</param>
/// <param name="SatisfiedBy">The held document that satisfies it, when present.</param>
/// <param name="Note">Why it is missing or not required (Chinese, for the checklist).</param>
public sealed record RequirementResult(
    DossierPhase Phase,
    IReadOnlyList<CatalogItem> Items,
    RequirementStatus Status,
    DossierDocument? SatisfiedBy,
    string? Note)
{
    /// <summary>Checklist label: the item's name, or alternatives joined with 或.</summary>
    public string Label => string.Join(" 或 ", Items.Select(i => i.Name));
}
