using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Model;

/// <summary>
/// One document, as parsed from markup: the single model both writers turn into DOCX and PDF.
/// </summary>
/// <remarks>
/// The model is immutable and holds no data access, templates or I/O. Everything a writer needs
/// (page setup, styles, fonts) comes from <see cref="Profile"/>; blocks refer to styles by name.
/// </remarks>
public sealed record Document
{
    /// <summary>The regulation profile of this document's kind (page, margins, styles, rules).</summary>
    public required DocumentProfile Profile { get; init; }

    /// <summary>Metadata: title, language, fixed identity and dates derived from the data.</summary>
    public required DocumentInfo Info { get; init; }

    /// <summary>Blocks repeated at the top of every page.</summary>
    public IReadOnlyList<Block> Header { get; init; } = [];

    /// <summary>Blocks repeated at the bottom of every page (may hold page/pages fields).</summary>
    public IReadOnlyList<Block> Footer { get; init; } = [];

    /// <summary>Diagonal text behind every page's content, e.g. "受控 No. 2026-001" (R-ACC-3).</summary>
    public string? Watermark { get; init; }

    /// <summary>The body, in reading order.</summary>
    public required IReadOnlyList<Block> Body { get; init; }
}
