using ReportingEngine.Documents.Pdf.Fonts;

namespace ReportingEngine.Documents.Pdf.Drawing;

/// <summary>
/// Drawing surface of one PDF page. Coordinates are points with the origin at the page's
/// top-left corner and y growing downwards (the implementation converts to PDF space).
/// </summary>
/// <remarks>The layout engine draws only through this interface, so it can be tested with a recording fake.</remarks>
internal interface IPdfCanvas
{
    /// <summary>Draws <paramref name="text"/> (already shaped: one glyph per code point, left to right) with its baseline at <paramref name="baselineY"/>.</summary>
    /// <param name="font">Face to use; the text is embedded as a subset of it with a ToUnicode map.</param>
    /// <param name="sizePt">Font size in points.</param>
    /// <param name="x">Left edge of the first glyph.</param>
    /// <param name="baselineY">Baseline, from the top of the page.</param>
    /// <param name="text">Text; characters the face lacks print as .notdef and must be caught by the layout first.</param>
    /// <param name="style">Colour, simulated bold, rotation, opacity, extra character spacing.</param>
    void DrawText(IFontFace font, double sizePt, double x, double baselineY, string text, TextPaint style);

    /// <summary>Strokes a straight line.</summary>
    void DrawLine(double x1, double y1, double x2, double y2, StrokePaint stroke);

    /// <summary>Fills and/or strokes a rectangle whose top-left corner is (x, y).</summary>
    void DrawRectangle(double x, double y, double width, double height, RgbColor? fill, StrokePaint? stroke);

    /// <summary>Fills rectangles (top-left corner, width, height) with one colour as one path (QR modules).</summary>
    void FillRectangles(IEnumerable<(double X, double Y, double Width, double Height)> rectangles, RgbColor fill);

    /// <summary>Fills and/or strokes a path (chart areas, pie slices).</summary>
    void DrawPath(PathGeometry path, RgbColor? fill, StrokePaint? stroke);

    /// <summary>Draws a PNG image scaled into the rectangle; alpha becomes a soft mask.</summary>
    void DrawImage(byte[] png, double x, double y, double width, double height, double opacity = 1.0);
}

/// <summary>How text is painted.</summary>
internal sealed record TextPaint
{
    /// <summary>Plain black text.</summary>
    public static TextPaint Default { get; } = new();

    /// <summary>Fill colour.</summary>
    public RgbColor Color { get; init; } = RgbColor.Black;

    /// <summary>Simulated bold (fill + thin stroke) for faces without a bold weight.</summary>
    public bool Bold { get; init; }

    /// <summary>Counter-clockwise rotation in degrees about (x, baseline) — watermarks.</summary>
    public double RotationDegrees { get; init; }

    /// <summary>0..1 fill opacity — watermarks.</summary>
    public double Opacity { get; init; } = 1.0;

    /// <summary>Extra space after every character, points (justification of CJK lines).</summary>
    public double CharacterSpacing { get; init; }
}

/// <summary>How lines are stroked.</summary>
/// <param name="WidthPt">Line width in points.</param>
internal sealed record StrokePaint(double WidthPt)
{
    /// <summary>Colour.</summary>
    public RgbColor Color { get; init; } = RgbColor.Black;

    /// <summary>Dash pattern in points (on, off) or null for solid (cut lines use dashes).</summary>
    public (double On, double Off)? Dash { get; init; }
}

/// <summary>A path in canvas coordinates (points, y down).</summary>
internal sealed class PathGeometry
{
    private readonly List<PathSegment> segments = [];

    /// <summary>The segments in order.</summary>
    public IReadOnlyList<PathSegment> Segments => segments;

    /// <summary>Starts a subpath.</summary>
    public PathGeometry MoveTo(double x, double y) { segments.Add(new PathSegment(PathVerb.MoveTo, x, y)); return this; }

    /// <summary>Straight line to (x, y).</summary>
    public PathGeometry LineTo(double x, double y) { segments.Add(new PathSegment(PathVerb.LineTo, x, y)); return this; }

    /// <summary>Cubic Bézier to (x, y) with control points (x1, y1), (x2, y2).</summary>
    public PathGeometry CurveTo(double x1, double y1, double x2, double y2, double x, double y)
    {
        segments.Add(new PathSegment(PathVerb.CurveTo, x, y, x1, y1, x2, y2));
        return this;
    }

    /// <summary>Closes the current subpath.</summary>
    public PathGeometry Close() { segments.Add(new PathSegment(PathVerb.Close, 0, 0)); return this; }
}

/// <summary>One path segment.</summary>
internal readonly record struct PathSegment(PathVerb Verb, double X, double Y, double X1 = 0, double Y1 = 0, double X2 = 0, double Y2 = 0);

/// <summary>Path segment kinds.</summary>
internal enum PathVerb
{
    /// <summary>m</summary>
    MoveTo,
    /// <summary>l</summary>
    LineTo,
    /// <summary>c</summary>
    CurveTo,
    /// <summary>h</summary>
    Close,
}
