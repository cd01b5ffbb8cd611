using DocumentFormat.OpenXml.Packaging;
using ReportingEngine.Documents.Docx.Content;
using ReportingEngine.Documents.Docx.Packaging;
using ReportingEngine.Documents.Docx.Styles;
using ReportingEngine.Documents.Docx.Units;
using ReportingEngine.Documents.Writing;
using M = ReportingEngine.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportingEngine.Documents.Docx;

/// <summary>
/// Writes a document model as a Word document (.docx, WordprocessingML) with real Word styles,
/// East Asian fonts, page setup, PAGE/NUMPAGES footers, repeating table headers, anchored seals,
/// native charts and a watermark.
/// </summary>
/// <remarks>
/// Output is byte-identical for the same model: every id is counted, dates come from
/// <see cref="M.DocumentInfo.Date"/>, and the zip is rewritten with fixed entry order and timestamps.
/// The writer is stateless and thread-safe; styles generated from a profile are cached per profile instance.
/// </remarks>
public sealed class DocxDocumentWriter : IDocumentWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <inheritdoc/>
    public string Format => "docx";

    /// <inheritdoc/>
    public void Write(M.Document document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();

        using var package = new MemoryStream();
        Build(document, package, cancellationToken);

        var timestamp = PropertiesXml.Timestamp(document.Info);
        if (output.CanSeek)
        {
            ZipNormalizer.Normalize(package, output, timestamp, cancellationToken);
        }
        else
        {
            using var buffer = new MemoryStream();
            ZipNormalizer.Normalize(package, buffer, timestamp, cancellationToken);
            buffer.Position = 0;
            buffer.CopyTo(output);
        }
    }

    private static void Build(M.Document document, MemoryStream stream, CancellationToken cancellationToken)
    {
        var language = string.IsNullOrWhiteSpace(document.Info.Language) ? "zh-CN" : document.Info.Language;
        var styles = StyleSheet.For(document.Profile, language);
        var ids = new DocumentIds();
        var page = document.Profile.Page;
        var textWidth = Measure.MmToTwips(page.WidthMm) - Measure.MmToTwips(page.MarginLeftMm) - Measure.MmToTwips(page.MarginRightMm);
        var flow = new Flow(Math.Max(textWidth, 1), KeepNext: false, KeepLines: false, DefaultStyle: "body", DefaultAlignment: null);

        using var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document, autoSave: true);
        // Relationship ids are given explicitly everywhere: generated ones are random.
        var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
        Feed(word.AddNewPart<CoreFilePropertiesPart>("rId2"), PropertiesXml.CoreXml(document.Info));
        Feed(word.AddNewPart<ExtendedFilePropertiesPart>("rId3"), PropertiesXml.AppXml);
        Feed(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), styles.StylesXml);
        Feed(main.AddNewPart<DocumentSettingsPart>("rIdSettings"), SettingsXml.Xml);
        Feed(main.AddNewPart<FontTablePart>("rIdFonts"), styles.FontTableXml);

        var section = new W.SectionProperties();
        if (document.Header.Count > 0 || !string.IsNullOrEmpty(document.Watermark))
        {
            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            var root = new W.Header();
            if (!string.IsNullOrEmpty(document.Watermark))
            {
                var font = WordFonts.ToWordName(document.Profile.Styles.TryGetValue("body", out var body) ? body.FontFamily : "宋体");
                root.AppendChild(Watermark.Paragraph(document.Watermark, font, 1));
            }

            new BlockRenderer(header, styles, ids, language, cancellationToken).Render(document.Header, root, flow with { DefaultStyle = "header" });
            header.Header = root;
            section.AppendChild(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = "rIdHeader" });
        }

        if (document.Footer.Count > 0)
        {
            var footer = main.AddNewPart<FooterPart>("rIdFooter");
            var root = new W.Footer();
            new BlockRenderer(footer, styles, ids, language, cancellationToken).Render(document.Footer, root, flow with { DefaultStyle = "footer" });
            footer.Footer = root;
            section.AppendChild(new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = "rIdFooter" });
        }

        var landscape = page.WidthMm > page.HeightMm;
        section.AppendChild(new W.PageSize
        {
            Width = (uint)Measure.MmToTwips(page.WidthMm),
            Height = (uint)Measure.MmToTwips(page.HeightMm),
            Orient = landscape ? W.PageOrientationValues.Landscape : null,
        });
        section.AppendChild(new W.PageMargin
        {
            Top = Measure.MmToTwips(page.MarginTopMm),
            Bottom = Measure.MmToTwips(page.MarginBottomMm),
            Left = (uint)Measure.MmToTwips(page.MarginLeftMm),
            Right = (uint)Measure.MmToTwips(page.MarginRightMm),
            Header = (uint)Measure.MmToTwips(page.HeaderMm),
            Footer = (uint)Measure.MmToTwips(page.FooterMm),
            Gutter = 0U,
        });
        section.AppendChild(new W.Columns { Space = "425" });
        section.AppendChild(new W.DocGrid { LinePitch = 312 });

        var bodyElement = new W.Body();
        new BlockRenderer(main, styles, ids, language, cancellationToken).Render(document.Body, bodyElement, flow);
        bodyElement.AppendChild(section);
        main.Document = new W.Document(bodyElement);
    }

    private static void Feed(OpenXmlPart part, byte[] xml)
    {
        using var data = new MemoryStream(xml, writable: false);
        part.FeedData(data);
    }
}
