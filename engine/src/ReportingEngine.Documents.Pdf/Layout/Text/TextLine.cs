namespace ReportingEngine.Documents.Pdf.Layout.Text;

/// <summary>One line chosen by the line breaker.</summary>
/// <param name="Start">First item index.</param>
/// <param name="ContentEnd">End (exclusive) of the items drawn: trailing spaces and a forced break are excluded.</param>
/// <param name="Width">Natural width of the drawn items in points.</param>
/// <param name="IsLast">The last line of the paragraph or the line before a forced break (never justified).</param>
internal readonly record struct TextLine(int Start, int ContentEnd, double Width, bool IsLast)
{
    /// <summary>Number of items drawn.</summary>
    public int Count => ContentEnd - Start;
}
