namespace ReportingEngine.Documents.Pdf.Layout.Flow;

/// <summary>An outline entry inside a slice, <paramref name="OffsetY"/> points below the slice top.</summary>
internal sealed record OutlineMark(string Title, int Level, double OffsetY);
