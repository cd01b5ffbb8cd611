using System.Globalization;
using System.Text;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Drawing;
using ReportingEngine.Documents.Pdf.Fonts;
using ReportingEngine.Documents.Pdf.Layout.Flow;
using ReportingEngine.Documents.Pdf.Layout.Ops;
using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Pdf.Layout.Text;

/// <summary>Turns inline content into measured items, and a broken line of items into draw operations.</summary>
internal static class TextComposer
{
    /// <summary>Placeholder measured for a page field in the body, where the number is known only after pagination.</summary>
    private const string FieldPlaceholder = "00";

    /// <summary>Measures the inlines of a paragraph in <paramref name="style"/>.</summary>
    public static List<InlineItem> Items(IReadOnlyList<Inline> inlines, TextStyle style, LayoutContext context, string location)
    {
        var items = new List<InlineItem>();
        var paragraphFace = context.Fonts.Get(style.FontFamily);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun run:
                    var runStyle = run.Style is null ? style : context.Style(run.Style, "body", location);
                    var face = run.Style is null ? paragraphFace : context.Fonts.Get(runStyle.FontFamily);
                    AddText(items, run.Text, face, runStyle.SizePt, run.Bold || style.Bold || runStyle.Bold, run.Underline, context, location);
                    break;
                case FieldRun field when context.PageNumbers is { } numbers:
                    var value = (field.Kind == FieldKind.Page ? numbers.Page : numbers.Pages).ToString(CultureInfo.InvariantCulture);
                    AddText(items, value, paragraphFace, style.SizePt, style.Bold, underline: false, context, location);
                    break;
                case FieldRun field:
                    items.Add(new InlineItem(ItemKind.Field, FieldPlaceholder, 0, paragraphFace, style.SizePt, style.Bold, false, Measure(paragraphFace, FieldPlaceholder, style.SizePt))
                    {
                        Field = field.Kind,
                    });
                    break;
                case Checkbox box:
                    items.Add(new InlineItem(ItemKind.Checkbox, string.Empty, 0, paragraphFace, style.SizePt, false, false, style.SizePt) { Checked = box.Checked });
                    break;
                case Blank blank:
                    items.Add(new InlineItem(ItemKind.Blank, string.Empty, 0, paragraphFace, style.SizePt, false, true, Math.Max(0, blank.Chars) * style.SizePt));
                    break;
                case LineBreak:
                    items.Add(new InlineItem(ItemKind.LineBreak, string.Empty, 0, paragraphFace, style.SizePt, false, false, 0));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown inline {inline.GetType().Name}.");
            }
        }

        return items;
    }

    /// <summary>Width of <paramref name="text"/> in <paramref name="face"/> at <paramref name="sizePt"/>.</summary>
    public static double Measure(IFontFace face, string text, double sizePt)
    {
        var units = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += face.GetAdvance(rune.Value);
        }

        return units * sizePt / 1000.0;
    }

    /// <summary>
    /// Emits the ops of one line: text runs grouped by face/size/bold, underlines merged across neighbours,
    /// checkboxes as vector squares. <paramref name="characterSpacing"/> is added after every item (justification).
    /// </summary>
    public static void EmitLine(List<DrawOp> ops, IReadOnlyList<InlineItem> items, TextLine line, double x, double baseline, double characterSpacing)
    {
        var pen = x;
        var runStart = -1;
        var runX = 0.0;
        var text = new StringBuilder();
        var underlineStart = double.NaN;
        var underlineEnd = 0.0;
        var underlineSize = 0.0;

        void FlushText()
        {
            if (runStart >= 0 && text.Length > 0)
            {
                var first = items[runStart];
                ops.Add(new TextOp(first.Face, first.SizePt, runX, baseline, text.ToString(), Paint(first.Bold, characterSpacing)));
            }

            runStart = -1;
            text.Clear();
        }

        void FlushUnderline()
        {
            if (!double.IsNaN(underlineStart) && underlineEnd > underlineStart)
            {
                var y = baseline + Math.Max(1.2, underlineSize * 0.12);
                ops.Add(new LineOp(underlineStart, y, underlineEnd, y, new StrokePaint(Math.Max(0.5, underlineSize * 0.05))));
            }

            underlineStart = double.NaN;
            underlineSize = 0;
        }

        for (var i = line.Start; i < line.ContentEnd; i++)
        {
            var item = items[i];
            var advance = item.Width + characterSpacing;
            var textual = item.Kind is ItemKind.Char or ItemKind.Space;
            if (textual)
            {
                if (runStart >= 0)
                {
                    var head = items[runStart];
                    if (!ReferenceEquals(head.Face, item.Face) || head.SizePt != item.SizePt || head.Bold != item.Bold)
                    {
                        FlushText();
                    }
                }

                if (runStart < 0)
                {
                    runStart = i;
                    runX = pen;
                }

                text.Append(item.Text);
            }
            else
            {
                FlushText();
                switch (item.Kind)
                {
                    case ItemKind.Field:
                        ops.Add(new TextOp(item.Face, item.SizePt, pen, baseline, item.Text, Paint(item.Bold, 0)) { Field = item.Field });
                        break;
                    case ItemKind.Checkbox:
                        AddCheckbox(ops, item, pen, baseline);
                        break;
                    default:
                        break;
                }
            }

            if (item.Underline && item.Kind != ItemKind.ZeroWidthBreak)
            {
                if (double.IsNaN(underlineStart))
                {
                    underlineStart = pen;
                }

                underlineEnd = pen + item.Width;
                underlineSize = Math.Max(underlineSize, item.SizePt);
            }
            else if (!double.IsNaN(underlineStart) && item.Kind != ItemKind.ZeroWidthBreak)
            {
                FlushUnderline();
            }

            pen += advance;
        }

        FlushText();
        FlushUnderline();
    }

    private static TextPaint Paint(bool bold, double characterSpacing) =>
        !bold && characterSpacing == 0 ? TextPaint.Default : new TextPaint { Bold = bold, CharacterSpacing = characterSpacing };

    private static void AddCheckbox(List<DrawOp> ops, in InlineItem item, double x, double baseline)
    {
        var size = item.SizePt;
        var edge = size * 0.72;
        var left = x + (item.Width - edge) / 2;
        var top = baseline - size * 0.78;
        var stroke = new StrokePaint(Math.Max(0.5, size * 0.05));
        ops.Add(new RectangleOp(left, top, edge, edge, null, stroke));
        if (item.Checked)
        {
            var mark = new PathGeometry()
                .MoveTo(left + edge * 0.18, top + edge * 0.52)
                .LineTo(left + edge * 0.42, top + edge * 0.78)
                .LineTo(left + edge * 0.84, top + edge * 0.2);
            ops.Add(new PathOp(mark, null, new StrokePaint(Math.Max(0.8, size * 0.08))));
        }
    }

    private static void AddText(List<InlineItem> items, string text, IFontFace face, double sizePt, bool bold, bool underline, LayoutContext context, string location)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var cp = rune.Value;
            switch (cp)
            {
                case '\r':
                    continue;
                case '\n' or '\t' or ' ' or 0x00A0 or 0x3000:
                    var spaceCp = cp == 0x3000 ? 0x3000 : ' ';
                    var spaceFace = context.Fonts.ForCharacter(face, spaceCp, location);
                    var kind = cp == 0x00A0 ? ItemKind.Char : ItemKind.Space;
                    items.Add(new InlineItem(kind, char.ConvertFromUtf32(spaceCp), spaceCp, spaceFace, sizePt, bold, underline, spaceFace.GetAdvance(spaceCp) * sizePt / 1000.0));
                    continue;
                case 0x200B:
                    items.Add(new InlineItem(ItemKind.ZeroWidthBreak, string.Empty, cp, face, sizePt, bold, underline, 0));
                    continue;
                default:
                    if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format)
                    {
                        continue;
                    }

                    var glyphFace = context.Fonts.ForCharacter(face, cp, location);
                    items.Add(new InlineItem(ItemKind.Char, rune.ToString(), cp, glyphFace, sizePt, bold, underline, glyphFace.GetAdvance(cp) * sizePt / 1000.0));
                    continue;
            }
        }
    }
}
