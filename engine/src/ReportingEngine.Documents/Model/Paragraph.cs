namespace ReportingEngine.Documents.Model;

/// <summary>A paragraph of inline content in a named profile style.</summary>
/// <param name="Style">Name of a style in the profile (e.g. <c>body</c>, <c>title</c>, <c>signoff</c>).</param>
/// <param name="Inlines">Runs, fields, checkboxes, blanks and line breaks.</param>
public sealed record Paragraph(string Style, IReadOnlyList<Inline> Inlines) : Block
{
    /// <summary>Overrides the style's alignment when set.</summary>
    public TextAlignment? Alignment { get; init; }

    /// <summary>Keep this paragraph on the same page as the next block.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>A semantic role the conformance check looks for (e.g. <c>posting-date</c>, <c>validity</c>).</summary>
    public string? Role { get; init; }
}

/// <summary>A heading: a paragraph that also makes an outline entry (PDF bookmark, Word heading level).</summary>
/// <param name="Level">1-based outline level.</param>
/// <param name="Style">Profile style name; defaults by level (<c>heading1</c>…).</param>
/// <param name="Inlines">Heading content.</param>
public sealed record Heading(int Level, string Style, IReadOnlyList<Inline> Inlines) : Block
{
    /// <summary>Overrides the style's alignment when set.</summary>
    public TextAlignment? Alignment { get; init; }

    /// <summary>Bookmark name (ASCII identifier) for links and outlines; generated when null.</summary>
    public string? Bookmark { get; init; }

    /// <summary>The document title heading (R-NOT-2 checks its style).</summary>
    public bool IsTitle { get; init; }
}

/// <summary>Horizontal alignment of a paragraph or cell content.</summary>
public enum TextAlignment
{
    /// <summary>Start edge.</summary>
    Left,
    /// <summary>Centered.</summary>
    Center,
    /// <summary>End edge.</summary>
    Right,
    /// <summary>Both edges (last line left).</summary>
    Justify,
}
