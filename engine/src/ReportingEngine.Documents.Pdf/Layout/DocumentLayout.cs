using System.Globalization;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Drawing;
using ReportingEngine.Documents.Pdf.Fonts;
using ReportingEngine.Documents.Pdf.Layout.Flow;
using ReportingEngine.Documents.Pdf.Layout.Ops;
using ReportingEngine.Documents.Pdf.Layout.Text;

namespace ReportingEngine.Documents.Pdf.Layout;

/// <summary>
/// Plans a document without drawing anything (STYLE.md 6): measure blocks into slices, paginate the body,
/// then — with the page count known — lay out header, footer and watermark of every page and resolve
/// page fields.
/// </summary>
internal static class DocumentLayout
{
    /// <summary>Watermark colour: light grey.</summary>
    private static readonly RgbColor WatermarkColor = new(0xB4, 0xB4, 0xB4);

    /// <summary>Plans <paramref name="document"/> with faces from <paramref name="fonts"/>.</summary>
    /// <exception cref="FontNotFoundException">A font the profile names is not installed.</exception>
    public static LayoutPlan Plan(Document document, IFontProvider fonts, CancellationToken cancellationToken = default) =>
        Plan(document, fonts, PageNumbering.Own, cancellationToken);

    /// <summary>
    /// Plans <paramref name="document"/> with page fields numbered by <paramref name="numbering"/>: the document's
    /// first page is <see cref="PageNumbering.FirstPage"/> and the total is <see cref="PageNumbering.TotalPages"/> (or
    /// the document's own page count when null). Pagination does not depend on the numbering.
    /// </summary>
    /// <exception cref="FontNotFoundException">A font the profile names is not installed.</exception>
    public static LayoutPlan Plan(Document document, IFontProvider fonts, PageNumbering numbering, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(numbering);
        ArgumentNullException.ThrowIfNull(fonts);
        var setup = document.Profile.Page;
        var pageWidth = Units.Mm(setup.WidthMm);
        var pageHeight = Units.Mm(setup.HeightMm);
        var left = Units.Mm(setup.MarginLeftMm);
        var textWidth = pageWidth - left - Units.Mm(setup.MarginRightMm);
        var top = Units.Mm(setup.MarginTopMm);
        var bottom = pageHeight - Units.Mm(setup.MarginBottomMm);
        var fontSet = new FontSet(fonts);
        var context = new LayoutContext(document.Profile, fontSet, bottom - top);

        var body = new BlockLayouter(context, left, textWidth, "body", null, cancellationToken).Layout(document.Body, "body");
        var contents = Paginate(body, top, bottom, cancellationToken);
        var total = contents.Count;
        var numberedTotal = numbering.TotalPages ?? total;

        var pages = new List<PlannedPage>(total);
        var outline = new List<OutlineEntry>();
        for (var p = 0; p < total; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ops = new List<DrawOp>();
            if (!string.IsNullOrWhiteSpace(document.Watermark))
            {
                Watermark(ops, document.Watermark, fontSet, context, pageWidth, pageHeight);
            }

            var pageContext = context.ForPage(numbering.FirstPage + p, numberedTotal);
            if (document.Header.Count > 0)
            {
                var header = new BlockLayouter(pageContext, left, textWidth, "header", null, cancellationToken).Layout(document.Header, "header");
                Stack(ops, header, Units.Mm(setup.HeaderMm));
            }

            if (document.Footer.Count > 0)
            {
                var footer = new BlockLayouter(pageContext, left, textWidth, "footer", null, cancellationToken).Layout(document.Footer, "footer");
                Stack(ops, footer, pageHeight - Units.Mm(setup.FooterMm) - StackHeight(footer));
            }

            foreach (var op in contents[p].Ops)
            {
                ops.Add(op is TextOp { Field: { } field } text ? ResolveField(text, field, numbering.FirstPage + p, numberedTotal) : op);
            }

            foreach (var mark in contents[p].Marks)
            {
                outline.Add(new OutlineEntry(mark.Title, mark.Level, p, mark.OffsetY));
            }

            pages.Add(new PlannedPage(pageWidth, pageHeight, ops));
            if (p == 0)
            {
                // Header and footer problems repeat on every page; report them once.
                context.Diagnostics.AddRange(pageContext.Diagnostics);
            }
        }

        var diagnostics = new List<LayoutDiagnostic>(context.Diagnostics);
        diagnostics.AddRange(fontSet.Diagnostics);
        return new LayoutPlan(pages, outline, diagnostics);
    }

    private static List<PageContent> Paginate(List<Slice> body, double top, double bottom, CancellationToken cancellationToken) =>
        Paginator.Paginate(body, top, bottom, cancellationToken);

    private static double StackHeight(List<Slice> slices)
    {
        var height = 0.0;
        for (var i = 0; i < slices.Count; i++)
        {
            height += (i == 0 ? 0 : slices[i].SpaceBefore) + slices[i].Height + (i == slices.Count - 1 ? 0 : slices[i].SpaceAfter);
        }

        return height;
    }

    /// <summary>Header and footer blocks are stacked without pagination (space before the first and after the last is ignored).</summary>
    private static void Stack(List<DrawOp> ops, List<Slice> slices, double y)
    {
        for (var i = 0; i < slices.Count; i++)
        {
            if (i > 0)
            {
                y += slices[i].SpaceBefore;
            }

            foreach (var op in slices[i].Ops)
            {
                ops.Add(op.Offset(y));
            }

            y += slices[i].Height + slices[i].SpaceAfter;
        }
    }

    private static TextOp ResolveField(TextOp op, FieldKind field, int page, int pages) =>
        op with { Text = (field == FieldKind.Page ? page : pages).ToString(CultureInfo.InvariantCulture), Field = null };

    /// <summary>
    /// The watermark: large, light grey, translucent text rotated 45° about the page centre, drawn before
    /// everything else so content prints over it (R-ACC-3 controlled copies).
    /// </summary>
    private static void Watermark(List<DrawOp> ops, string text, FontSet fonts, LayoutContext context, double pageWidth, double pageHeight)
    {
        IFontFace face;
        try
        {
            // A heavy sans face reads better as a faint watermark than a thin serif.
            face = fonts.Get("黑体");
        }
        catch (FontNotFoundException)
        {
            face = fonts.Get(context.Style("body", "body", "watermark").FontFamily);
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value > ' ')
            {
                fonts.ForCharacter(face, rune.Value, "watermark");
            }
        }

        var unitWidth = TextComposer.Measure(face, text, 1);
        var diagonal = Math.Sqrt(pageWidth * pageWidth + pageHeight * pageHeight);
        var size = unitWidth > 0 ? Math.Clamp(diagonal * 0.55 / unitWidth, 12, 72) : 48;
        var width = unitWidth * size;
        var angle = 45.0 * Math.PI / 180;
        var (dirX, dirY) = (Math.Cos(angle), -Math.Sin(angle));
        var (upX, upY) = (-Math.Sin(angle), -Math.Cos(angle));
        var middle = (face.Ascent + face.Descent) / 2 * size / 1000;
        var x = pageWidth / 2 - width / 2 * dirX - middle * upX;
        var y = pageHeight / 2 - width / 2 * dirY - middle * upY;
        ops.Add(new TextOp(face, size, x, y, text, new TextPaint { Color = WatermarkColor, RotationDegrees = 45, Opacity = 0.35 }));
    }
}
