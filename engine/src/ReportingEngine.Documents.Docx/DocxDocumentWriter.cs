using DocumentFormat.OpenXml;
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
/// <see cref="M.DocumentInfo.Date"/>, and the zip is written directly with fixed entry order and timestamps.
/// The writer is stateless and thread-safe; styles generated from a profile are cached per profile instance.
/// </remarks>
public sealed class DocxDocumentWriter : IDocumentWriter
{
    /// <inheritdoc/>
    public string Format => "docx";

    /// <inheritdoc/>
    public void Write(M.Document document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        cancellationToken.ThrowIfCancellationRequested();

        var package = Build(document, cancellationToken);
        var timestamp = PropertiesXml.Timestamp(document.Info);
        if (output.CanSeek)
        {
            package.WriteTo(output, timestamp, cancellationToken);
        }
        else
        {
            // ZipArchive on a forward-only stream writes data descriptors; keep one layout for both.
            using var buffer = new MemoryStream();
            package.WriteTo(buffer, timestamp, cancellationToken);
            buffer.Position = 0;
            buffer.CopyTo(output);
        }
    }

    private static PackageBuilder Build(M.Document document, CancellationToken cancellationToken)
    {
        var language = string.IsNullOrWhiteSpace(document.Info.Language) ? "zh-CN" : document.Info.Language;
        var styles = StyleSheet.For(document.Profile, language);
        var ids = new DocumentIds();
        var page = document.Profile.Page;
        var textWidth = Measure.MmToTwips(page.WidthMm) - Measure.MmToTwips(page.MarginLeftMm) - Measure.MmToTwips(page.MarginRightMm);
        var flow = new Flow(Math.Max(textWidth, 1), KeepNext: false, KeepLines: false, DefaultStyle: "body", DefaultAlignment: null);

        var package = new PackageBuilder();
        var main = package.Add("word/document.xml", OpcTypes.MainDocument, []);
        package.RelatePackage("rId1", OpcTypes.OfficeDocumentRelationship, main);
        package.RelatePackage("rId2", OpcTypes.CorePropertiesRelationship, package.Add("docProps/core.xml", OpcTypes.CoreProperties, PropertiesXml.CoreXml(document.Info)));
        package.RelatePackage("rId3", OpcTypes.ExtendedPropertiesRelationship, package.Add("docProps/app.xml", OpcTypes.ExtendedProperties, PropertiesXml.AppXml));
        main.Relate("rIdStyles", OpcTypes.StylesRelationship, package.Add("word/styles.xml", OpcTypes.Styles, styles.StylesXml));
        main.Relate("rIdSettings", OpcTypes.SettingsRelationship, package.Add("word/settings.xml", OpcTypes.Settings, SettingsXml.Xml));
        main.Relate("rIdFonts", OpcTypes.FontTableRelationship, package.Add("word/fontTable.xml", OpcTypes.FontTable, styles.FontTableXml));

        var section = new W.SectionProperties();
        if (document.Header.Count > 0 || !string.IsNullOrEmpty(document.Watermark))
        {
            var header = package.Add("word/header1.xml", OpcTypes.Header, []);
            var root = new W.Header();
            if (!string.IsNullOrEmpty(document.Watermark))
            {
                var font = WordFonts.ToWordName(document.Profile.Styles.TryGetValue("body", out var body) ? body.FontFamily : "宋体");
                root.AppendChild(Watermark.Paragraph(document.Watermark, font, 1));
            }

            new BlockRenderer(package, header, styles, ids, language, cancellationToken).Render(document.Header, root, flow with { DefaultStyle = "header" });
            header.Data = Serialize(root);
            main.Relate("rIdHeader", OpcTypes.HeaderRelationship, header);
            section.AppendChild(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = "rIdHeader" });
        }

        if (document.Footer.Count > 0)
        {
            var footer = package.Add("word/footer1.xml", OpcTypes.Footer, []);
            var root = new W.Footer();
            new BlockRenderer(package, footer, styles, ids, language, cancellationToken).Render(document.Footer, root, flow with { DefaultStyle = "footer" });
            footer.Data = Serialize(root);
            main.Relate("rIdFooter", OpcTypes.FooterRelationship, footer);
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
        new BlockRenderer(package, main, styles, ids, language, cancellationToken).Render(document.Body, bodyElement, flow);
        bodyElement.AppendChild(section);
        main.Data = Serialize(new W.Document(bodyElement));
        return package;
    }

    /// <summary>A part root as UTF-8 XML, with the namespaces its content uses declared once on the root.</summary>
    private static byte[] Serialize(OpenXmlPartRootElement root)
    {
        foreach (var (prefix, uri) in RootNamespaces)
        {
            root.AddNamespaceDeclaration(prefix, uri);
        }

        return XmlParts.Build(root.WriteTo);
    }

    private static readonly (string Prefix, string Uri)[] RootNamespaces =
    [
        ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
        ("c", "http://schemas.openxmlformats.org/drawingml/2006/chart"),
        ("v", "urn:schemas-microsoft-com:vml"),
        ("o", "urn:schemas-microsoft-com:office:office"),
    ];
}
