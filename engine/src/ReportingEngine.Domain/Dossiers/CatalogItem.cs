namespace ReportingEngine.Domain.Dossiers;

/// <summary>档案目录条目 — one document kind a dossier must hold (R-DOS-2..4, R-DOS-9).</summary>
/// <param name="Code">Document kind code, referenced by <see cref="DossierDocument.KindCode"/>.</param>
/// <param name="Name">Chinese name as printed on the checklist (R-DOS-8).</param>
/// <param name="Phase">Phase whose bag holds it.</param>
/// <param name="Form">Form demanded.</param>
/// <param name="AlternativeGroup">Items sharing a group are either-or: any one satisfies all (R-DOS-4: 房产证 or 买卖协议).</param>
/// <param name="Condition">When it is required.</param>
/// <param name="SortOrder">Order on the checklist.</param>
public sealed record CatalogItem(
    string Code,
    string Name,
    DossierPhase Phase,
    RequiredForm Form,
    string? AlternativeGroup,
    CatalogCondition Condition,
    int SortOrder);
