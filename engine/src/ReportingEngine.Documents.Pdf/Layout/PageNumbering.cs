namespace ReportingEngine.Documents.Pdf.Layout;

/// <summary>
/// How a planned document numbers its pages in page fields (第 X 页 共 Y 页): its first page number and the total,
/// or null for the document's own page count.
/// </summary>
/// <param name="FirstPage">Number printed on the document's first page (1-based).</param>
/// <param name="TotalPages">Total printed by the pages field; null means the document's own page count.</param>
internal sealed record PageNumbering(int FirstPage, int? TotalPages)
{
    /// <summary>Pages numbered 1…n of the document's own n pages.</summary>
    public static PageNumbering Own { get; } = new(1, null);
}
