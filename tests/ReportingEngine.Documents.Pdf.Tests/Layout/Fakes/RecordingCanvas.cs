using ReportingEngine.Documents.Pdf.Drawing;
using ReportingEngine.Documents.Pdf.Fonts;

namespace ReportingEngine.Documents.Pdf.Tests.Layout.Fakes;

/// <summary>Records every call as a readable line.</summary>
internal sealed class RecordingCanvas : IPdfCanvas
{
    public List<string> Calls { get; } = [];

    public List<string> Texts { get; } = [];

    public void DrawText(IFontFace font, double sizePt, double x, double baselineY, string text, TextPaint style)
    {
        Calls.Add($"text {font.Name} {sizePt} {x:0.##} {baselineY:0.##} {text}");
        Texts.Add(text);
    }

    public void DrawLine(double x1, double y1, double x2, double y2, StrokePaint stroke) => Calls.Add($"line {x1:0.##} {y1:0.##} {x2:0.##} {y2:0.##}");

    public void DrawRectangle(double x, double y, double width, double height, RgbColor? fill, StrokePaint? stroke) => Calls.Add($"rect {x:0.##} {y:0.##} {width:0.##} {height:0.##}");

    public void FillRectangles(IEnumerable<(double X, double Y, double Width, double Height)> rectangles, RgbColor fill) =>
        Calls.AddRange(rectangles.Select(r => $"rect {r.X:0.##} {r.Y:0.##} {r.Width:0.##} {r.Height:0.##}"));

    public void DrawPath(PathGeometry path, RgbColor? fill, StrokePaint? stroke) => Calls.Add($"path {path.Segments.Count}");

    public void DrawImage(byte[] png, double x, double y, double width, double height, double opacity = 1) => Calls.Add($"image {x:0.##} {y:0.##} {width:0.##} {height:0.##}");
}
