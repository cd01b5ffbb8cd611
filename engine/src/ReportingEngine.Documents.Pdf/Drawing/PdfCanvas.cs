using ReportingEngine.Documents.Pdf.Fonts;
using ReportingEngine.Documents.Pdf.Objects;

namespace ReportingEngine.Documents.Pdf.Drawing;

/// <summary>
/// Writes one page's content stream. Canvas coordinates (y down from the top) are converted to PDF
/// space here. Every drawing call is a self-contained <c>q … Q</c> block, so the stream can be
/// compressed in pieces while the document grows (see <see cref="Seal"/>) and drawing may continue later.
/// </summary>
internal sealed class PdfCanvas : IPdfCanvas
{
    /// <summary>Simulated bold: stroke width as a fraction of the font size.</summary>
    public const double BoldStrokeFactor = 0.03;

    private readonly PdfBuilder owner;
    private readonly List<byte[]> sealedChunks = [];
    private readonly SortedSet<string> fonts = new(StringComparer.Ordinal);
    private readonly SortedSet<string> images = new(StringComparer.Ordinal);
    private readonly SortedSet<string> graphicStates = new(StringComparer.Ordinal);
    private PdfByteBuffer? content;

    /// <summary>Creates the canvas of a page of the given size.</summary>
    public PdfCanvas(PdfBuilder owner, double widthPt, double heightPt)
    {
        this.owner = owner;
        Width = widthPt;
        Height = heightPt;
    }

    /// <summary>Page width in points.</summary>
    public double Width { get; }

    /// <summary>Page height in points.</summary>
    public double Height { get; }

    /// <summary>Compressed pieces of the content stream, in drawing order.</summary>
    public IReadOnlyList<byte[]> ContentChunks => sealedChunks;

    /// <summary>Font resource names used on the page.</summary>
    public IReadOnlyCollection<string> FontNames => fonts;

    /// <summary>Image resource names used on the page.</summary>
    public IReadOnlyCollection<string> ImageNames => images;

    /// <summary>ExtGState resource names used on the page.</summary>
    public IReadOnlyCollection<string> GraphicStateNames => graphicStates;

    /// <summary>The uncompressed content being drawn, borrowed from the builder until the page is sealed.</summary>
    private PdfByteBuffer Content => content ??= owner.RentContentBuffer();

    /// <inheritdoc/>
    public void DrawText(IFontFace font, double sizePt, double x, double baselineY, string text, TextPaint style)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        owner.ThrowIfSaved();
        if (text.Length == 0)
        {
            return;
        }

        if (font is not TrueTypeFace face)
        {
            throw new ArgumentException($"the PDF canvas embeds TrueType faces only; got {font.GetType().Name} ({font.Name})", nameof(font));
        }

        var usage = owner.GetFontUsage(face);
        fonts.Add(usage.ResourceName);
        Content.Ascii("q\n");
        ApplyOpacity(style.Opacity, style.Opacity);
        Color(style.Color, "rg");
        if (style.Bold)
        {
            Color(style.Color, "RG");
            Content.Number(sizePt * BoldStrokeFactor).Ascii(" w 2 Tr\n");
        }

        Content.Ascii("BT\n").Name(usage.ResourceName).Space().Number(sizePt).Ascii(" Tf\n");
        if (style.CharacterSpacing != 0)
        {
            Content.Number(style.CharacterSpacing).Ascii(" Tc\n");
        }

        var y = Height - baselineY;
        if (style.RotationDegrees == 0)
        {
            Content.Ascii("1 0 0 1 ").Number(x).Space().Number(y).Ascii(" Tm\n");
        }
        else
        {
            var radians = style.RotationDegrees * Math.PI / 180.0;
            double cos = Math.Cos(radians), sin = Math.Sin(radians);
            Content.Number(cos).Space().Number(sin).Space().Number(-sin).Space().Number(cos).Space()
                .Number(x).Space().Number(y).Ascii(" Tm\n");
        }

        usage.AppendEncoded(Content, text);
        Content.Ascii(" Tj\nET\nQ\n");
    }

    /// <inheritdoc/>
    public void DrawLine(double x1, double y1, double x2, double y2, StrokePaint stroke)
    {
        ArgumentNullException.ThrowIfNull(stroke);
        owner.ThrowIfSaved();
        Content.Ascii("q\n");
        Stroke(stroke);
        Content.Number(x1).Space().Number(Height - y1).Ascii(" m ").Number(x2).Space().Number(Height - y2).Ascii(" l S\nQ\n");
    }

    /// <inheritdoc/>
    public void DrawRectangle(double x, double y, double width, double height, RgbColor? fill, StrokePaint? stroke)
    {
        owner.ThrowIfSaved();
        if (fill is null && stroke is null)
        {
            return;
        }

        Content.Ascii("q\n");
        if (fill is { } f)
        {
            Color(f, "rg");
        }

        if (stroke is not null)
        {
            Stroke(stroke);
        }

        Rectangle(x, y, width, height).Space().Ascii(PaintOperator(fill, stroke)).Ascii("\nQ\n");
    }

    /// <inheritdoc/>
    public void FillRectangles(IEnumerable<(double X, double Y, double Width, double Height)> rectangles, RgbColor fill)
    {
        ArgumentNullException.ThrowIfNull(rectangles);
        owner.ThrowIfSaved();
        using var each = rectangles.GetEnumerator();
        if (!each.MoveNext())
        {
            return; // nothing to fill: no empty q … Q block
        }

        Content.Ascii("q\n");
        Color(fill, "rg");
        do
        {
            var (x, y, width, height) = each.Current;
            Rectangle(x, y, width, height).NewLine();
        }
        while (each.MoveNext());

        Content.Ascii("f\nQ\n");
    }

    /// <inheritdoc/>
    public void DrawPath(PathGeometry path, RgbColor? fill, StrokePaint? stroke)
    {
        ArgumentNullException.ThrowIfNull(path);
        owner.ThrowIfSaved();
        if ((fill is null && stroke is null) || path.Segments.Count == 0)
        {
            return;
        }

        Content.Ascii("q\n");
        if (fill is { } f)
        {
            Color(f, "rg");
        }

        if (stroke is not null)
        {
            Stroke(stroke);
        }

        foreach (var segment in path.Segments)
        {
            switch (segment.Verb)
            {
                case PathVerb.MoveTo:
                    Content.Number(segment.X).Space().Number(Height - segment.Y).Ascii(" m\n");
                    break;
                case PathVerb.LineTo:
                    Content.Number(segment.X).Space().Number(Height - segment.Y).Ascii(" l\n");
                    break;
                case PathVerb.CurveTo:
                    Content.Number(segment.X1).Space().Number(Height - segment.Y1).Space()
                        .Number(segment.X2).Space().Number(Height - segment.Y2).Space()
                        .Number(segment.X).Space().Number(Height - segment.Y).Ascii(" c\n");
                    break;
                default:
                    Content.Ascii("h\n");
                    break;
            }
        }

        Content.Ascii(PaintOperator(fill, stroke)).Ascii("\nQ\n");
    }

    /// <inheritdoc/>
    public void DrawImage(byte[] png, double x, double y, double width, double height, double opacity = 1.0)
    {
        ArgumentNullException.ThrowIfNull(png);
        var name = owner.GetImage(png);
        images.Add(name);
        Content.Ascii("q\n");
        ApplyOpacity(opacity, opacity);
        Content.Number(width).Ascii(" 0 0 ").Number(height).Space().Number(x).Space().Number(Height - y - height).Ascii(" cm\n")
            .Name(name).Ascii(" Do\nQ\n");
    }

    /// <summary>Compresses what was drawn since the last call into a chunk and frees the buffer.</summary>
    public void Seal()
    {
        if (content is null)
        {
            return;
        }

        if (content.Length > 0)
        {
            sealedChunks.Add(Flate.Compress(content.WrittenSpan));
        }

        // The drawing buffer goes back to the builder for the next page: a sealed page keeps its compressed bytes only
        // (a print file of 240 notices kept 240 grown buffers, ≈ 15 MB, until the building was done).
        owner.ReturnContentBuffer(content);
        content = null;
    }

    /// <summary>Appends <c>x y w h re</c> for a rectangle whose top-left corner is (x, y) in canvas coordinates.</summary>
    private PdfByteBuffer Rectangle(double x, double y, double width, double height) =>
        Content.Number(x).Space().Number(Height - y - height).Space().Number(width).Space().Number(height).Ascii(" re");

    private static string PaintOperator(RgbColor? fill, StrokePaint? stroke) =>
        (fill, stroke) switch
        {
            (not null, not null) => "B",
            (not null, null) => "f",
            _ => "S",
        };

    private void ApplyOpacity(double fillOpacity, double strokeOpacity)
    {
        if (fillOpacity >= 1.0 && strokeOpacity >= 1.0)
        {
            return;
        }

        var name = owner.GetGraphicState(Math.Clamp(fillOpacity, 0, 1), Math.Clamp(strokeOpacity, 0, 1));
        graphicStates.Add(name);
        Content.Name(name).Ascii(" gs\n");
    }

    private void Stroke(StrokePaint stroke)
    {
        Color(stroke.Color, "RG");
        Content.Number(stroke.WidthPt).Ascii(" w\n");
        if (stroke.Dash is { } dash)
        {
            Content.Byte((byte)'[').Number(dash.On).Space().Number(dash.Off).Ascii("] 0 d\n");
        }
    }

    private void Color(RgbColor color, string op) =>
        Content.Number(color.R / 255.0).Space().Number(color.G / 255.0).Space().Number(color.B / 255.0).Space().Ascii(op).NewLine();
}
