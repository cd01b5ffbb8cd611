using ReportingEngine.Documents.Pdf.Drawing;

namespace ReportingEngine.Documents.Pdf.Tests.Layout.Fakes;

/// <summary>A builder that keeps the recorded pages and outline instead of writing a file.</summary>
internal sealed class RecordingBuilder : IPdfBuilder
{
    public List<RecordingCanvas> Pages { get; } = [];

    public List<(string Title, int Level, int Page, double Y)> Outline { get; } = [];

    public PdfMetadata? Metadata { get; private set; }

    public IPdfCanvas AddPage(double widthPt, double heightPt)
    {
        var canvas = new RecordingCanvas();
        Pages.Add(canvas);
        return canvas;
    }

    public void AddOutline(string title, int level, int pageIndex, double y) => Outline.Add((title, level, pageIndex, y));

    public void Save(Stream output, PdfMetadata metadata, CancellationToken cancellationToken = default)
    {
        Metadata = metadata;
        output.WriteByte((byte)'%');
    }
}
