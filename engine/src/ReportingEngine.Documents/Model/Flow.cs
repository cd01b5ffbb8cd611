namespace ReportingEngine.Documents.Model;

/// <summary>Blocks that must stay on one page (moved whole to the next page when they do not fit).</summary>
public sealed record KeepTogether(IReadOnlyList<Block> Blocks) : Block;

/// <summary>Starts a new page.</summary>
public sealed record PageBreak : Block;

/// <summary>Vertical space in points.</summary>
public sealed record Spacer(double HeightPt) : Block;

/// <summary>An outline entry (PDF bookmark / Word bookmark) at this point without visible text.</summary>
/// <param name="Name">ASCII identifier.</param>
/// <param name="Title">Text shown in the outline.</param>
/// <param name="Level">1-based outline level.</param>
public sealed record Bookmark(string Name, string Title, int Level) : Block;
