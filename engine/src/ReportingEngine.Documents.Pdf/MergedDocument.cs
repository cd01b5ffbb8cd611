using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Pdf;

/// <summary>One document of a merged print file and the title of its top-level outline entry.</summary>
/// <param name="Document">The document; its pages are numbered from 1 again.</param>
/// <param name="OutlineTitle">Bookmark title, e.g. "1栋 3-302 缴费通知书".</param>
public sealed record MergedDocument(Document Document, string OutlineTitle)
{
    /// <summary>
    /// When true, the document's own headings are its outline entries at their own levels (a document starting
    /// with a level-1 heading gives one top-level entry, its sub-headings nest below it) and no entry titled
    /// <see cref="OutlineTitle"/> is added; a document without headings still gets the <see cref="OutlineTitle"/> entry.
    /// Default false: an <see cref="OutlineTitle"/> entry with the document's headings nested one level below.
    /// </summary>
    public bool OutlineFromHeadings { get; init; }
}
