using ReportingEngine.Documents.Docx.Content;
using ReportingEngine.Documents.Docx.Packaging;
using ReportingEngine.Documents.Docx.Styles;
using ReportingEngine.Documents.Docx.Units;
using ReportingEngine.Documents.Writing;
using ReportingEngine.Documents.Profiles;
using M = ReportingEngine.Documents.Model;

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

        Build(document, cancellationToken).WriteTo(output, PropertiesXml.Timestamp(document.Info), cancellationToken);
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
        package.RelatePackage("rId3", OpcTypes.ExtendedPropertiesRelationship, package.Add("docProps/app.xml", OpcTypes.ExtendedProperties, PropertiesXml.AppXml, repeats: true));
        main.Relate("rIdStyles", OpcTypes.StylesRelationship, package.Add("word/styles.xml", OpcTypes.Styles, styles.StylesXml, repeats: true));
        main.Relate("rIdSettings", OpcTypes.SettingsRelationship, package.Add("word/settings.xml", OpcTypes.Settings, SettingsXml.Xml, repeats: true));
        main.Relate("rIdFonts", OpcTypes.FontTableRelationship, package.Add("word/fontTable.xml", OpcTypes.FontTable, styles.FontTableXml, repeats: true));

        // Header, footer, then body: drawing and relationship ids are counted in that order. Headers and footers
        // are not "repeats": a fee notice's carry its archive number, so they differ from notice to notice.
        var hasHeader = document.Header.Count > 0 || !string.IsNullOrEmpty(document.Watermark);
        if (hasHeader)
        {
            var header = package.Add("word/header1.xml", OpcTypes.Header, []);
            var watermark = string.IsNullOrEmpty(document.Watermark)
                ? null
                : new WatermarkText(document.Watermark, WordFonts.ToWordName(document.Profile.Styles.TryGetValue("body", out var body) ? body.FontFamily : "宋体"), 1);
            using var w = new XmlPartWriter();
            StartRoot(w, "hdr");
            new BlockRenderer(package, header, w, styles, ids, language, cancellationToken).Render(document.Header, flow with { DefaultStyle = "header" }, watermark);
            w.End();
            header.Data = w.ToArray();
            main.Relate("rIdHeader", OpcTypes.HeaderRelationship, header);
        }

        var hasFooter = document.Footer.Count > 0;
        if (hasFooter)
        {
            var footer = package.Add("word/footer1.xml", OpcTypes.Footer, []);
            using var w = new XmlPartWriter();
            StartRoot(w, "ftr");
            new BlockRenderer(package, footer, w, styles, ids, language, cancellationToken).Render(document.Footer, flow with { DefaultStyle = "footer" });
            w.End();
            footer.Data = w.ToArray();
            main.Relate("rIdFooter", OpcTypes.FooterRelationship, footer);
        }

        using (var w = new XmlPartWriter())
        {
            StartRoot(w, "document");
            w.Open("body");
            new BlockRenderer(package, main, w, styles, ids, language, cancellationToken).Render(document.Body, flow);
            WriteSection(w, page, hasHeader, hasFooter);
            w.End();
            w.End();
            main.Data = w.ToArray();
        }

        return package;
    }

    private static void WriteSection(XmlPartWriter w, PageSetup page, bool hasHeader, bool hasFooter)
    {
        w.Open("sectPr");
        if (hasHeader)
        {
            w.Open("headerReference");
            w.Set("type", "default");
            w.Attribute("r", "id", "rIdHeader");
            w.End();
        }

        if (hasFooter)
        {
            w.Open("footerReference");
            w.Set("type", "default");
            w.Attribute("r", "id", "rIdFooter");
            w.End();
        }

        w.Open("pgSz");
        w.Set("w", Measure.MmToTwips(page.WidthMm));
        w.Set("h", Measure.MmToTwips(page.HeightMm));
        if (page.WidthMm > page.HeightMm)
        {
            w.Set("orient", "landscape");
        }

        w.End();
        w.Open("pgMar");
        w.Set("top", Measure.MmToTwips(page.MarginTopMm));
        w.Set("right", Measure.MmToTwips(page.MarginRightMm));
        w.Set("bottom", Measure.MmToTwips(page.MarginBottomMm));
        w.Set("left", Measure.MmToTwips(page.MarginLeftMm));
        w.Set("header", Measure.MmToTwips(page.HeaderMm));
        w.Set("footer", Measure.MmToTwips(page.FooterMm));
        w.Set("gutter", "0");
        w.End();
        w.Open("cols");
        w.Set("space", "425");
        w.End();
        w.Open("docGrid");
        w.Set("linePitch", "312");
        w.End();
        w.End();
    }

    /// <summary>Opens a part's root element with the namespaces its content uses declared once.</summary>
    private static void StartRoot(XmlPartWriter w, string local)
    {
        w.Open(local);
        foreach (var (prefix, uri) in RootNamespaces)
        {
            w.Attribute("xmlns", prefix, uri);
        }
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
