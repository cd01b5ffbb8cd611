using DocumentFormat.OpenXml;
using ReportingEngine.Documents.Docx.Packaging;
using ReportingEngine.Documents.Docx.Styles;
using ReportingEngine.Documents.Docx.Units;
using M = ReportingEngine.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>
/// Turns model blocks into WordprocessingML for one part (the main document, a header or a footer);
/// images and charts become child parts of that part.
/// </summary>
internal sealed partial class BlockRenderer
{
    private const char CheckedBox = '\u2611';
    private const char UncheckedBox = '\u2610';
    private const char IdeographicSpace = '\u3000';

    private readonly PackageBuilder _package;
    private readonly PackagePart _host;
    private readonly StyleSheet _styles;
    private readonly DocumentIds _ids;
    private readonly string _language;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Creates a renderer writing into <paramref name="host"/>.</summary>
    public BlockRenderer(PackageBuilder package, PackagePart host, StyleSheet styles, DocumentIds ids, string language, CancellationToken cancellationToken)
    {
        _package = package;
        _host = host;
        _styles = styles;
        _ids = ids;
        _language = language;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Appends <paramref name="blocks"/> to <paramref name="target"/> (body, header, footer or cell).</summary>
    public void Render(IReadOnlyList<M.Block> blocks, OpenXmlCompositeElement target, Flow flow)
    {
        foreach (var block in blocks)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            RenderBlock(block, target, flow);
        }
    }

    private void RenderBlock(M.Block block, OpenXmlCompositeElement target, Flow flow)
    {
        switch (block)
        {
            case M.Paragraph paragraph:
                target.AppendChild(RenderParagraph(paragraph, flow));
                break;
            case M.Heading heading:
                target.AppendChild(RenderHeading(heading, flow));
                break;
            case M.Table table:
                target.AppendChild(RenderTable(table, flow));
                break;
            case M.KeepTogether keep:
                RenderKeepTogether(keep, target, flow);
                break;
            case M.PageBreak:
                target.AppendChild(new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page })));
                break;
            case M.Spacer spacer:
                RenderSpacer(spacer, target, flow);
                break;
            case M.Bookmark bookmark:
                var id = _ids.NextBookmarkId();
                target.AppendChild(new W.BookmarkStart { Id = id, Name = _ids.BookmarkName(bookmark.Name) });
                target.AppendChild(new W.BookmarkEnd { Id = id });
                break;
            case M.Image { Placement: M.ImagePlacement.OverPrevious } seal:
                RenderOverPrevious(seal, target, flow);
                break;
            case M.Image image:
                target.AppendChild(RenderInlineImage(image, flow));
                break;
            case M.QrCode qr:
                RenderQrCode(qr, target, flow);
                break;
            case M.Chart chart:
                target.AppendChild(RenderChart(chart, flow));
                break;
            default:
                throw new NotSupportedException($"{block.Source}: the DOCX writer does not know the block {block.GetType().Name}.");
        }
    }

    private void RenderKeepTogether(M.KeepTogether keep, OpenXmlCompositeElement target, Flow flow)
    {
        for (var i = 0; i < keep.Blocks.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var last = i == keep.Blocks.Count - 1;
            RenderBlock(keep.Blocks[i], target, flow with { KeepNext = flow.KeepNext || !last, KeepLines = true });
        }
    }

    private W.Paragraph RenderParagraph(M.Paragraph paragraph, Flow flow)
    {
        var style = string.IsNullOrEmpty(paragraph.Style) ? flow.DefaultStyle : paragraph.Style;
        var properties = ParagraphProperties(style, paragraph.Alignment ?? flow.DefaultAlignment, paragraph.KeepWithNext || flow.KeepNext, flow.KeepLines);
        var result = new W.Paragraph(properties);
        AppendInlines(result, paragraph.Inlines);
        return result;
    }

    private W.Paragraph RenderHeading(M.Heading heading, Flow flow)
    {
        var properties = ParagraphProperties(heading.Style, heading.Alignment ?? flow.DefaultAlignment, keepNext: true, keepLines: true);
        properties.OutlineLevel = new W.OutlineLevel { Val = Math.Clamp(heading.Level - 1, 0, 8) };
        var result = new W.Paragraph(properties);
        var id = _ids.NextBookmarkId();
        result.AppendChild(new W.BookmarkStart { Id = id, Name = _ids.BookmarkName(heading.Bookmark) });
        AppendInlines(result, heading.Inlines);
        result.AppendChild(new W.BookmarkEnd { Id = id });
        return result;
    }

    private void RenderSpacer(M.Spacer spacer, OpenXmlCompositeElement target, Flow flow)
    {
        var twips = Measure.PtToTwips(spacer.HeightPt);
        if (twips <= 0)
        {
            return;
        }

        var properties = new W.ParagraphProperties
        {
            ParagraphStyleId = new W.ParagraphStyleId { Val = _styles.ParagraphStyleId(flow.DefaultStyle) },
            KeepNext = flow.KeepNext ? new W.KeepNext() : null,
            SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0", Line = Num(twips), LineRule = W.LineSpacingRuleValues.Exact },
            Indentation = NoIndent(),
            ParagraphMarkRunProperties = new W.ParagraphMarkRunProperties(new W.FontSize { Val = "2" }, new W.FontSizeComplexScript { Val = "2" }),
        };
        target.AppendChild(new W.Paragraph(properties));
    }

    private W.ParagraphProperties ParagraphProperties(string? style, M.TextAlignment? alignment, bool keepNext, bool keepLines) => new()
    {
        ParagraphStyleId = new W.ParagraphStyleId { Val = _styles.ParagraphStyleId(style) },
        KeepNext = keepNext ? new W.KeepNext() : null,
        KeepLines = keepLines ? new W.KeepLines() : null,
        Justification = alignment is { } a ? new W.Justification { Val = JustificationValue(a) } : null,
    };

    private void AppendInlines(W.Paragraph paragraph, IReadOnlyList<M.Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case M.TextRun text:
                    paragraph.AppendChild(TextRun(text));
                    break;
                case M.FieldRun field:
                    AppendField(paragraph, field.Kind == M.FieldKind.Page ? " PAGE " : " NUMPAGES ");
                    break;
                case M.Checkbox box:
                    paragraph.AppendChild(new W.Run(
                        new W.RunProperties(new W.RunFonts
                        {
                            Ascii = WordFonts.SymbolFont,
                            HighAnsi = WordFonts.SymbolFont,
                            EastAsia = WordFonts.SymbolFont,
                            ComplexScript = WordFonts.SymbolFont,
                        }),
                        new W.Text(box.Checked ? CheckedBox.ToString() : UncheckedBox.ToString())));
                    break;
                case M.Blank blank when blank.Chars > 0:
                    paragraph.AppendChild(new W.Run(
                        new W.RunProperties(new W.Underline { Val = W.UnderlineValues.Single }),
                        new W.Text(new string(IdeographicSpace, blank.Chars)) { Space = SpaceProcessingModeValues.Preserve }));
                    break;
                case M.Blank:
                    break;
                case M.LineBreak:
                    paragraph.AppendChild(new W.Run(new W.Break()));
                    break;
                default:
                    throw new NotSupportedException($"The DOCX writer does not know the inline {inline.GetType().Name}.");
            }
        }
    }

    private W.Run TextRun(M.TextRun text)
    {
        var run = new W.Run();
        var characterStyle = _styles.CharacterStyleId(text.Style);
        if (characterStyle is not null || text.Bold || text.Underline)
        {
            run.AppendChild(new W.RunProperties
            {
                RunStyle = characterStyle is null ? null : new W.RunStyle { Val = characterStyle },
                Bold = text.Bold ? new W.Bold() : null,
                BoldComplexScript = text.Bold ? new W.BoldComplexScript() : null,
                Underline = text.Underline ? new W.Underline { Val = W.UnderlineValues.Single } : null,
            });
        }

        AppendText(run, SafeText.Clean(text.Text));
        return run;
    }

    private static void AppendText(W.Run run, string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length;
            if (!end && text[i] is not ('\t' or '\n' or '\r'))
            {
                continue;
            }

            if (i > start)
            {
                run.AppendChild(new W.Text(text[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            if (!end)
            {
                if (text[i] == '\t')
                {
                    run.AppendChild(new W.TabChar());
                }
                else if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    run.AppendChild(new W.Break());
                }
            }

            start = i + 1;
        }
    }

    private static void AppendField(W.Paragraph paragraph, string instruction)
    {
        paragraph.AppendChild(new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }));
        paragraph.AppendChild(new W.Run(new W.FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.AppendChild(new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }));
        // Cached result until Word or LibreOffice lays the page out; both recompute page fields.
        paragraph.AppendChild(new W.Run(new W.RunProperties(new W.NoProof()), new W.Text("1")));
        paragraph.AppendChild(new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }));
    }

    private static W.Indentation NoIndent() => new() { FirstLine = "0", FirstLineChars = 0, Left = "0", Right = "0" };

    private static W.JustificationValues JustificationValue(M.TextAlignment alignment) => alignment switch
    {
        M.TextAlignment.Center => W.JustificationValues.Center,
        M.TextAlignment.Right => W.JustificationValues.Right,
        M.TextAlignment.Justify => W.JustificationValues.Both,
        _ => W.JustificationValues.Left,
    };

    private static string Num(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
