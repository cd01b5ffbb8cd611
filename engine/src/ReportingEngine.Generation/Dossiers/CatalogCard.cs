namespace ReportingEngine.Generation.Dossiers;

/// <summary>目录卡片 — number, building, room, owner (R-DOS-8).</summary>
/// <param name="Number">Dossier number.</param>
/// <param name="Community">Community.</param>
/// <param name="Building">Building.</param>
/// <param name="Room">Floor-room (R-DOS-1).</param>
/// <param name="Owner">Owner name(s).</param>
public sealed record CatalogCard(string Number, string Community, string Building, string Room, string Owner);
