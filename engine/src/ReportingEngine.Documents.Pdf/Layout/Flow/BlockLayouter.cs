using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Layout.Ops;

namespace ReportingEngine.Documents.Pdf.Layout.Flow;

/// <summary>
/// Measures blocks into slices for a column of a given left edge and width: the body, a header, a footer
/// or a table cell. Pure: it returns values and draws nothing.
/// </summary>
internal sealed partial class BlockLayouter
{
    private readonly LayoutContext context;
    private readonly double left;
    private readonly double width;
    private readonly string defaultStyle;
    private readonly TextAlignment? alignmentOverride;
    private readonly CancellationToken cancellationToken;

    /// <summary>Creates a layouter for the column [<paramref name="left"/>, <paramref name="left"/> + <paramref name="width"/>].</summary>
    /// <param name="context">Shared document context.</param>
    /// <param name="left">Left edge in points.</param>
    /// <param name="width">Column width in points.</param>
    /// <param name="defaultStyle">Style of paragraphs whose style name is empty.</param>
    /// <param name="alignmentOverride">Alignment of paragraphs that set none (a cell's alignment), instead of their style's.</param>
    /// <param name="cancellationToken">Checked between blocks.</param>
    public BlockLayouter(LayoutContext context, double left, double width, string defaultStyle, TextAlignment? alignmentOverride, CancellationToken cancellationToken)
    {
        this.context = context;
        this.left = left;
        this.width = Math.Max(width, 1);
        this.defaultStyle = defaultStyle;
        this.alignmentOverride = alignmentOverride;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Lays out <paramref name="blocks"/>; <paramref name="path"/> names the container in diagnostics (e.g. <c>body</c>).</summary>
    public List<Slice> Layout(IReadOnlyList<Block> blocks, string path)
    {
        var slices = new List<Slice>();
        var glueNext = false;
        var previousStart = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = blocks[i];
            var where = context.Where(block, $"{path} block {i + 1}");
            if (block is Image { Placement: ImagePlacement.OverPrevious } overlay)
            {
                AddOverlay(slices, previousStart, overlay);
                continue;
            }

            var produced = block switch
            {
                Paragraph p => LayoutParagraph(p.Inlines, context.Style(p.Style, defaultStyle, where), p.Alignment, where),
                Heading h => LayoutHeading(h, where),
                Table t => LayoutTable(t, where),
                Image image => [LayoutImage(image)],
                QrCode qr => [LayoutQrCode(qr, where)],
                Chart chart => [LayoutChart(chart, where)],
                KeepTogether keep => LayoutKeepTogether(keep, $"{path} block {i + 1}"),
                PageBreak => [new Slice { IsPageBreak = true }],
                Spacer spacer => [new Slice { Height = Math.Max(0, spacer.HeightPt) }],
                Bookmark bookmark => [MarkSlice(bookmark.Title, bookmark.Level)],
                _ => throw new InvalidOperationException($"Unknown block {block.GetType().Name}."),
            };

            if (produced.Count > 0)
            {
                if (glueNext && !produced[0].IsPageBreak)
                {
                    produced[0].KeepWithPrevious = true;
                }

                previousStart = slices.Count;
                slices.AddRange(produced);
            }

            glueNext = block is Paragraph { KeepWithNext: true } or Heading or Bookmark;
        }

        return slices;
    }

    private static Slice MarkSlice(string title, int level)
    {
        var slice = new Slice();
        slice.Marks.Add(new OutlineMark(title, Math.Max(1, level), 0));
        return slice;
    }

    private List<Slice> LayoutKeepTogether(KeepTogether keep, string path)
    {
        var inner = Layout(keep.Blocks, path);
        for (var i = 1; i < inner.Count; i++)
        {
            if (!inner[i].IsPageBreak)
            {
                inner[i].KeepWithPrevious = true;
            }
        }

        return inner;
    }

    /// <summary>X of a box of <paramref name="boxWidth"/> aligned in the column.</summary>
    private double AlignedX(double boxWidth, TextAlignment alignment) => alignment switch
    {
        TextAlignment.Center => left + (width - boxWidth) / 2,
        TextAlignment.Right => left + width - boxWidth,
        _ => left,
    };

    /// <summary>
    /// A seal stamped over the previous block: it takes no space, its top is that block's top, it is drawn
    /// behind that block's text (inserted first in the block's first slice) and placed by its alignment.
    /// </summary>
    private void AddOverlay(List<Slice> slices, int previousStart, Image image)
    {
        var (w, h) = ImageSize(image);
        var op = new ImageOp(image.Png, AlignedX(w, image.Alignment), 0, w, h);
        if (previousStart < 0)
        {
            var anchor = new Slice();
            anchor.Ops.Add(op);
            slices.Add(anchor);
            return;
        }

        slices[previousStart].Ops.Insert(0, op);
    }
}
