using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Pdf;

/// <summary>One document of a merged print file and the title of its top-level outline entry.</summary>
/// <param name="Document">The document; its pages are numbered from 1 again.</param>
/// <param name="OutlineTitle">Bookmark title, e.g. "1栋 3-302 缴费通知书".</param>
public sealed record MergedDocument(Document Document, string OutlineTitle);
