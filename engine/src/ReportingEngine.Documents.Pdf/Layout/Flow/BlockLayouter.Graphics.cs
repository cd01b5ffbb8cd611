using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Barcodes;
using ReportingEngine.Documents.Pdf.Charts;
using ReportingEngine.Documents.Pdf.Layout.Ops;
using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Pdf.Layout.Flow;

/// <summary>Images, QR codes and charts.</summary>
internal sealed partial class BlockLayouter
{
    /// <summary>Caption size when the profile has no <c>caption</c> style.</summary>
    private const double DefaultCaptionSizePt = 9;

    /// <summary>Space above and below a chart or QR code, points.</summary>
    private const double GraphicSpacing = 6;

    /// <summary>Printed size in points, scaled down (keeping the aspect) to fit the column and a page.</summary>
    private (double Width, double Height) ImageSize(Image image)
    {
        var w = Units.Mm(Math.Max(image.WidthMm, 0.1));
        var h = Units.Mm(Math.Max(image.HeightMm, 0.1));
        var scale = Math.Min(1, Math.Min(width / w, context.PageContentHeight / h));
        return (w * scale, h * scale);
    }

    private Slice LayoutImage(Image image)
    {
        var (w, h) = ImageSize(image);
        var slice = new Slice { Height = h };
        slice.Ops.Add(new ImageOp(image.Png, AlignedX(w, image.Alignment), 0, w, h));
        return slice;
    }

    /// <summary>A QR code as one filled path (dark modules merged in horizontal runs), quiet zone included, with an optional caption below.</summary>
    private Slice LayoutQrCode(QrCode qr, string where)
    {
        var matrix = QrModules.Of(qr);
        var edge = Math.Min(Units.Mm(Math.Max(qr.SizeMm, 5)), width);
        var module = edge / matrix.Size;
        var x = AlignedX(edge, qr.Alignment);
        var slice = new Slice { Height = edge, SpaceBefore = GraphicSpacing, SpaceAfter = GraphicSpacing };
        slice.Ops.Add(new QrModulesOp(x, 0, module, matrix));

        if (!string.IsNullOrWhiteSpace(qr.Caption))
        {
            var style = context.Profile.Styles.TryGetValue("caption", out var caption)
                ? caption
                : new TextStyle(context.Style("body", "body", where).FontFamily, DefaultCaptionSizePt) { LineSpacing = 1.2, Alignment = TextAlignment.Center };
            var boxWidth = Math.Min(width, Math.Max(edge * 1.6, edge));
            var boxLeft = Math.Clamp(x + edge / 2 - boxWidth / 2, left, left + width - boxWidth);
            var captionLayouter = new BlockLayouter(context, boxLeft, boxWidth, defaultStyle, TextAlignment.Center, cancellationToken);
            var y = edge;
            foreach (var line in captionLayouter.LayoutParagraph([new TextRun(qr.Caption)], style with { FirstLineIndentChars = 0, SpaceBeforePt = 0, SpaceAfterPt = 0 }, TextAlignment.Center, where))
            {
                foreach (var op in line.Ops)
                {
                    slice.Ops.Add(op.Offset(y));
                }

                y += line.Height;
            }

            slice.Height = y;
        }

        return slice;
    }

    private Slice LayoutChart(Chart chart, string where)
    {
        var chartWidth = Math.Min(chart.WidthMm is { } mm ? Units.Mm(mm) : width, width);
        var chartHeight = Math.Min(Units.Mm(Math.Max(chart.HeightMm, 20)), context.PageContentHeight);
        var style = context.Style("body", "body", where);
        var face = context.Fonts.Get(style.FontFamily);
        var x = left + (width - chartWidth) / 2;
        var slice = new Slice { Height = chartHeight, SpaceBefore = GraphicSpacing, SpaceAfter = GraphicSpacing };
        var painter = new ChartPainter(face, cp => context.Fonts.ForCharacter(face, cp, where));
        slice.Ops.AddRange(painter.Paint(chart, x, chartWidth, chartHeight));
        return slice;
    }
}
