namespace ReportingEngine.Documents.Pdf.Drawing;

/// <summary>
/// Builds one PDF file page by page: pages, outline (bookmarks) and metadata, then writes it.
/// Deterministic: the same calls give the same bytes (IDs and dates come from <see cref="PdfMetadata"/>).
/// </summary>
internal interface IPdfBuilder
{
    /// <summary>Adds a page of the given size in points and returns its canvas.</summary>
    IPdfCanvas AddPage(double widthPt, double heightPt);

    /// <summary>Adds an outline entry pointing at (page, y). Levels are 1-based and nest under the previous lower level.</summary>
    /// <param name="title">Text shown in the viewer's bookmark pane (any Unicode).</param>
    /// <param name="level">1 = top level.</param>
    /// <param name="pageIndex">0-based page index.</param>
    /// <param name="y">Target y in canvas coordinates (points from the top).</param>
    void AddOutline(string title, int level, int pageIndex, double y);

    /// <summary>Writes the complete file: embeds subset fonts, compresses streams, writes xref and trailer.</summary>
    void Save(Stream output, PdfMetadata metadata, CancellationToken cancellationToken = default);
}

/// <summary>Document information; never read from the clock.</summary>
/// <param name="Title">/Title.</param>
/// <param name="DocumentId">Seeds the trailer /ID (hashed together with the content).</param>
/// <param name="Date">/CreationDate and /ModDate (midnight UTC+8 of this date).</param>
internal sealed record PdfMetadata(string Title, string DocumentId, DateOnly Date)
{
    /// <summary>/Author.</summary>
    public string? Author { get; init; }

    /// <summary>/Subject.</summary>
    public string? Subject { get; init; }

    /// <summary>/Lang of the catalog, e.g. zh-CN.</summary>
    public string Language { get; init; } = "zh-CN";
}
