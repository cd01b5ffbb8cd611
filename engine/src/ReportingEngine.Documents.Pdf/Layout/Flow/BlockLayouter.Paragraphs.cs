using System.Text;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Layout.Text;
using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Pdf.Layout.Flow;

/// <summary>Paragraphs and headings.</summary>
internal sealed partial class BlockLayouter
{
    private List<Slice> LayoutHeading(Heading heading, string where)
    {
        var style = context.Style(heading.Style, $"heading{heading.Level}", where);
        var slices = LayoutParagraph(heading.Inlines, style, heading.Alignment, where);
        slices[0].Marks.Add(new OutlineMark(PlainText(heading.Inlines), Math.Max(1, heading.Level), 0));
        return slices;
    }

    /// <summary>
    /// Lays out one paragraph as one slice per line. Line height is <see cref="TextStyle.LineSpacing"/> × the
    /// largest size on the line (from the profile, not font metrics); the baseline centres the face's
    /// ascent–descent box in the line box.
    /// </summary>
    internal List<Slice> LayoutParagraph(IReadOnlyList<Inline> inlines, TextStyle style, TextAlignment? alignment, string where)
    {
        var items = TextComposer.Items(inlines, style, context, where);
        var indent = Math.Clamp(style.FirstLineIndentChars * style.SizePt, 0, width * 0.8);
        var lines = LineBreaker.Break(items, width - indent, width);
        var align = alignment ?? alignmentOverride ?? style.Alignment;
        var paragraphFace = context.Fonts.Get(style.FontFamily);
        var slices = new List<Slice>(lines.Count);
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            var face = paragraphFace;
            var size = style.SizePt;
            for (var i = line.Start; i < line.ContentEnd; i++)
            {
                if (items[i].SizePt > size)
                {
                    size = items[i].SizePt;
                    face = items[i].Face;
                }
            }

            var lineHeight = style.LineSpacing * size;
            var ascent = face.Ascent * size / 1000.0;
            var box = (face.Ascent - face.Descent) * size / 1000.0;
            var baseline = (lineHeight - box) / 2 + ascent;
            var lineIndent = n == 0 ? indent : 0;
            var slack = width - lineIndent - line.Width;
            var offset = 0.0;
            var spacing = 0.0;
            if (slack > Units.Epsilon)
            {
                switch (align)
                {
                    case TextAlignment.Center:
                        offset = slack / 2;
                        break;
                    case TextAlignment.Right:
                        offset = slack;
                        break;
                    case TextAlignment.Justify when !line.IsLast && line.Count > 1:
                        spacing = slack / (line.Count - 1);
                        break;
                    default:
                        break;
                }
            }

            var slice = new Slice { Height = lineHeight, KeepWithPrevious = n > 0 && (n == 1 || n == lines.Count - 1) };
            TextComposer.EmitLine(slice.Ops, items, line, left + lineIndent + offset, baseline, spacing);
            slices.Add(slice);
        }

        slices[0].SpaceBefore = style.SpaceBeforePt;
        slices[^1].SpaceAfter = style.SpaceAfterPt;
        return slices;
    }

    private static string PlainText(IReadOnlyList<Inline> inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    text.Append(run.Text);
                    break;
                case LineBreak:
                    text.Append(' ');
                    break;
                default:
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
