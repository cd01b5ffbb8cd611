namespace ReportingEngine.Documents.Pdf.Layout;

/// <summary>An outline (bookmark) entry: title, 1-based level, 0-based page index and target y in points from the top.</summary>
internal sealed record OutlineEntry(string Title, int Level, int PageIndex, double Y);
