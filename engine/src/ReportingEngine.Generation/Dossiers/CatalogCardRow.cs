namespace ReportingEngine.Generation.Dossiers;

/// <summary>Two cards side by side on the sheet; <paramref name="Right"/> is null on an odd last row.</summary>
/// <param name="Left">Left card.</param>
/// <param name="Right">Right card or null.</param>
public sealed record CatalogCardRow(CatalogCard Left, CatalogCard? Right);
