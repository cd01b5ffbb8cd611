using ReportingEngine.Documents.Docx.Packaging;
using ReportingEngine.Documents.Docx.Styles;
using ReportingEngine.Documents.Docx.Units;
using M = ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>
/// Writes model blocks as WordprocessingML for one part (the main document, a header or a footer);
/// images and charts become child parts of that part.
/// </summary>
/// <remarks>
/// A seal (<see cref="M.ImagePlacement.OverPrevious"/>) is anchored inside the paragraph written before
/// it, right after that paragraph's properties. Since XML is written forward, every block waits in
/// <see cref="PendingBlock"/> until the next one shows whether seals follow it.
/// </remarks>
internal sealed partial class BlockRenderer
{
    private const char CheckedBox = '\u2611';
    private const char UncheckedBox = '\u2610';
    private const char IdeographicSpace = '\u3000';

    private static readonly string CheckedBoxText = CheckedBox.ToString();
    private static readonly string UncheckedBoxText = UncheckedBox.ToString();

    private readonly PackageBuilder _package;
    private readonly PackagePart _host;
    private readonly XmlPartWriter _w;
    private readonly StyleSheet _styles;
    private readonly DocumentIds _ids;
    private readonly string _language;
    private readonly CancellationToken _cancellationToken;

    /// <summary>Creates a renderer writing into <paramref name="writer"/>, the XML of <paramref name="host"/>.</summary>
    public BlockRenderer(PackageBuilder package, PackagePart host, XmlPartWriter writer, StyleSheet styles, DocumentIds ids, string language, CancellationToken cancellationToken)
    {
        _package = package;
        _host = host;
        _w = writer;
        _styles = styles;
        _ids = ids;
        _language = language;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Writes <paramref name="blocks"/> into the open container (body, header, footer or cell).</summary>
    /// <param name="blocks">The blocks.</param>
    /// <param name="flow">What the container asks of them.</param>
    /// <param name="watermark">A header's watermark, written first as a paragraph a leading seal can anchor in.</param>
    /// <returns>Whether the last element written is a paragraph (a table cell must end with one).</returns>
    public bool Render(IReadOnlyList<M.Block> blocks, Flow flow, WatermarkText? watermark = null)
    {
        var pending = watermark is null ? default : new PendingBlock(null, flow) { Watermark = watermark };
        foreach (var block in blocks)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Queue(block, flow, ref pending);
        }

        return Flush(ref pending);
    }

    private void Queue(M.Block block, Flow flow, ref PendingBlock pending)
    {
        switch (block)
        {
            case M.KeepTogether keep:
                for (var i = 0; i < keep.Blocks.Count; i++)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var last = i == keep.Blocks.Count - 1;
                    Queue(keep.Blocks[i], flow with { KeepNext = flow.KeepNext || !last, KeepLines = true }, ref pending);
                }

                break;
            case M.Image { Placement: M.ImagePlacement.OverPrevious } seal:
                if (!pending.EndsWithParagraph)
                {
                    // Nothing to stamp: the seal gets a paragraph of its own.
                    Flush(ref pending);
                    pending = new PendingBlock(seal, flow);
                }

                (pending.Seals ??= []).Add(seal);
                break;
            case M.Spacer spacer when Measure.PtToTwips(spacer.HeightPt) <= 0:
                break;
            case M.Paragraph or M.Heading or M.Table or M.PageBreak or M.Spacer or M.Bookmark or M.Image or M.QrCode or M.Chart:
                Flush(ref pending);
                pending = new PendingBlock(block, flow);
                break;
            default:
                throw new NotSupportedException($"{block.Source}: the DOCX writer does not know the block {block.GetType().Name}.");
        }
    }

    /// <summary>Writes the waiting block, if any; returns whether it ended with a paragraph.</summary>
    private bool Flush(ref PendingBlock pending)
    {
        var seals = pending.Seals;
        switch (pending.Block)
        {
            case null when pending.Watermark is { } watermark:
                Watermark.Write(_w, watermark, () => WriteSeals(seals));
                break;
            case null:
                return false;
            case M.Paragraph paragraph:
                WriteParagraph(paragraph, pending.Flow, seals);
                break;
            case M.Heading heading:
                WriteHeading(heading, pending.Flow, seals);
                break;
            case M.Table table:
                WriteTable(table, pending.Flow);
                break;
            case M.PageBreak:
                _w.Open("p");
                WriteSeals(seals);
                _w.Open("r");
                _w.Open("br");
                _w.Set("type", "page");
                _w.End();
                _w.End();
                _w.End();
                break;
            case M.Spacer spacer:
                WriteSpacer(spacer, pending.Flow, seals);
                break;
            case M.Bookmark bookmark:
                var id = _ids.NextBookmarkId();
                _w.Open("bookmarkStart");
                _w.Set("name", _ids.BookmarkName(bookmark.Name));
                _w.Set("id", id);
                _w.End();
                _w.Open("bookmarkEnd");
                _w.Set("id", id);
                _w.End();
                break;
            case M.Image { Placement: M.ImagePlacement.OverPrevious } seal:
                WriteDrawingParagraph(seal.Alignment, pending.Flow, seals, drawing: null);
                break;
            case M.Image image:
                WriteInlineImage(image, pending.Flow, seals);
                break;
            case M.QrCode qr:
                WriteQrCode(qr, pending.Flow, seals);
                break;
            case M.Chart chart:
                WriteChart(chart, pending.Flow, seals);
                break;
        }

        var endsWithParagraph = pending.EndsWithParagraph;
        pending = default;
        return endsWithParagraph;
    }

    private void WriteParagraph(M.Paragraph paragraph, Flow flow, List<M.Image>? seals)
    {
        var style = string.IsNullOrEmpty(paragraph.Style) ? flow.DefaultStyle : paragraph.Style;
        _w.Open("p");
        WriteParagraphProperties(style, paragraph.Alignment ?? flow.DefaultAlignment, paragraph.KeepWithNext || flow.KeepNext, flow.KeepLines, outlineLevel: null, noIndent: false);
        WriteSeals(seals);
        WriteInlines(paragraph.Inlines);
        _w.End();
    }

    private void WriteHeading(M.Heading heading, Flow flow, List<M.Image>? seals)
    {
        var id = _ids.NextBookmarkId();
        var name = _ids.BookmarkName(heading.Bookmark);
        _w.Open("p");
        WriteParagraphProperties(heading.Style, heading.Alignment ?? flow.DefaultAlignment, keepNext: true, keepLines: true, Math.Clamp(heading.Level - 1, 0, 8), noIndent: false);
        WriteSeals(seals);
        _w.Open("bookmarkStart");
        _w.Set("name", name);
        _w.Set("id", id);
        _w.End();
        WriteInlines(heading.Inlines);
        _w.Open("bookmarkEnd");
        _w.Set("id", id);
        _w.End();
        _w.End();
    }

    private void WriteSpacer(M.Spacer spacer, Flow flow, List<M.Image>? seals)
    {
        _w.Open("p");
        _w.Open("pPr");
        _w.Val("pStyle", _styles.ParagraphStyleId(flow.DefaultStyle));
        if (flow.KeepNext)
        {
            _w.Empty("keepNext");
        }

        WriteSpacing(WordXml.Number(Measure.PtToTwips(spacer.HeightPt)), "exact");
        WriteNoIndent();
        _w.Open("rPr");
        _w.Val("sz", "2");
        _w.Val("szCs", "2");
        _w.End();
        _w.End();
        WriteSeals(seals);
        _w.End();
    }

    /// <summary>w:pPr in schema order: pStyle, keepNext, keepLines, ind, jc, outlineLvl.</summary>
    private void WriteParagraphProperties(string? style, M.TextAlignment? alignment, bool keepNext, bool keepLines, int? outlineLevel, bool noIndent)
    {
        _w.Open("pPr");
        _w.Val("pStyle", _styles.ParagraphStyleId(style));
        if (keepNext)
        {
            _w.Empty("keepNext");
        }

        if (keepLines)
        {
            _w.Empty("keepLines");
        }

        if (noIndent)
        {
            WriteNoIndent();
        }

        if (alignment is { } a)
        {
            _w.Val("jc", StyleSheet.Justification(a));
        }

        if (outlineLevel is { } level)
        {
            _w.Val("outlineLvl", WordXml.Number(level));
        }

        _w.End();
    }

    private void WriteInlines(IReadOnlyList<M.Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case M.TextRun text:
                    WriteTextRun(text);
                    break;
                case M.FieldRun field:
                    WriteField(field.Kind == M.FieldKind.Page ? " PAGE " : " NUMPAGES ");
                    break;
                case M.Checkbox box:
                    _w.Open("r");
                    _w.Open("rPr");
                    _w.Open("rFonts");
                    _w.Set("ascii", WordFonts.SymbolFont);
                    _w.Set("hAnsi", WordFonts.SymbolFont);
                    _w.Set("eastAsia", WordFonts.SymbolFont);
                    _w.Set("cs", WordFonts.SymbolFont);
                    _w.End();
                    _w.End();
                    _w.Open("t");
                    _w.Text(box.Checked ? CheckedBoxText : UncheckedBoxText);
                    _w.End();
                    _w.End();
                    break;
                case M.Blank blank when blank.Chars > 0:
                    _w.Open("r");
                    _w.Open("rPr");
                    _w.Val("u", "single");
                    _w.End();
                    _w.Open("t");
                    _w.PreserveSpace();
                    _w.Text(new string(IdeographicSpace, blank.Chars));
                    _w.End();
                    _w.End();
                    break;
                case M.Blank:
                    break;
                case M.LineBreak:
                    _w.Open("r");
                    _w.Empty("br");
                    _w.End();
                    break;
                default:
                    throw new NotSupportedException($"The DOCX writer does not know the inline {inline.GetType().Name}.");
            }
        }
    }

    private void WriteTextRun(M.TextRun text)
    {
        _w.Open("r");
        var characterStyle = _styles.CharacterStyleId(text.Style);
        if (characterStyle is not null || text.Bold || text.Underline)
        {
            _w.Open("rPr");
            if (characterStyle is not null)
            {
                _w.Val("rStyle", characterStyle);
            }

            if (text.Bold)
            {
                _w.Empty("b");
                _w.Empty("bCs");
            }

            if (text.Underline)
            {
                _w.Val("u", "single");
            }

            _w.End();
        }

        WriteText(SafeText.Clean(text.Text));
        _w.End();
    }

    /// <summary>Run content for text: w:t pieces, a tab for \t, a break for each line end (\r\n counts once).</summary>
    private void WriteText(string text)
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
                _w.Open("t");
                _w.PreserveSpace();
                _w.Text(start == 0 && end ? text : text[start..i]);
                _w.End();
            }

            if (!end)
            {
                if (text[i] == '\t')
                {
                    _w.Empty("tab");
                }
                else if (text[i] == '\n' || i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    _w.Empty("br");
                }
            }

            start = i + 1;
        }
    }

    private void WriteField(string instruction)
    {
        FieldChar("begin");
        _w.Open("r");
        _w.Open("instrText");
        _w.PreserveSpace();
        _w.Text(instruction);
        _w.End();
        _w.End();
        FieldChar("separate");

        // Cached result until Word or LibreOffice lays the page out; both recompute page fields.
        _w.Open("r");
        _w.Open("rPr");
        _w.Empty("noProof");
        _w.End();
        _w.Open("t");
        _w.Text("1");
        _w.End();
        _w.End();
        FieldChar("end");
    }

    private void FieldChar(string type)
    {
        _w.Open("r");
        _w.Open("fldChar");
        _w.Set("fldCharType", type);
        _w.End();
        _w.End();
    }

    private void WriteSpacing(string line, string rule)
    {
        _w.Open("spacing");
        _w.Set("before", "0");
        _w.Set("after", "0");
        _w.Set("line", line);
        _w.Set("lineRule", rule);
        _w.End();
    }

    private void WriteNoIndent()
    {
        _w.Open("ind");
        _w.Set("left", "0");
        _w.Set("right", "0");
        _w.Set("firstLine", "0");
        _w.Set("firstLineChars", "0");
        _w.End();
    }

    /// <summary>A block waiting to be written, with the seals that will be anchored in its last paragraph.</summary>
    private struct PendingBlock(M.Block? block, Flow flow)
    {
        public readonly M.Block? Block = block;
        public readonly Flow Flow = flow;
        public List<M.Image>? Seals;
        public WatermarkText? Watermark;

        /// <summary>Whether the block's last element is a paragraph a following seal can be anchored in.</summary>
        public readonly bool EndsWithParagraph => Block is not (null or M.Table or M.Bookmark) || Watermark is not null;
    }
}
