namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>One bookmark as the layout added it.</summary>
/// <param name="Title">Shown in the bookmark pane.</param>
/// <param name="Level">1 = top level.</param>
/// <param name="PageIndex">0-based target page.</param>
/// <param name="Y">Target y in canvas coordinates (points from the top).</param>
internal sealed record OutlineItem(string Title, int Level, int PageIndex, double Y);
