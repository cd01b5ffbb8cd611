using System.Globalization;
using System.Text;
using System.Xml;
using ReportingEngine.Documents.Docx.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>
/// A watermark the Word way: a VML WordArt shape (<c>PowerPlusWaterMarkObject</c>) in the header,
/// rotated 315°, light grey, behind the text and centred on the page, so Word's Design ▸ Watermark
/// dialog recognises and can remove it (R-ACC-3 controlled copies).
/// </summary>
internal static class Watermark
{
    private const string Vml = "urn:schemas-microsoft-com:vml";
    private const string Office = "urn:schemas-microsoft-com:office:office";
    private const double MaxWidthPt = 440;
    private const double LineHeightPt = 72;

    private static readonly string[] Formulas =
    [
        "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0",
        "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8", "mid @6 @7", "sum @6 0 @5",
    ];

    /// <summary>The header paragraph carrying the watermark shape for <paramref name="text"/>.</summary>
    public static W.Paragraph Paragraph(string text, string fontFamily, int shapeNumber)
    {
        var clean = SafeText.Clean(text);
        var ems = clean.Sum(ch => ch > '\u2E7F' ? 1.0 : 0.55);
        var width = Math.Max(ems, 1) * LineHeightPt;
        var height = LineHeightPt;
        if (width > MaxWidthPt)
        {
            height *= MaxWidthPt / width;
            width = MaxWidthPt;
        }

        var style = string.Create(
            CultureInfo.InvariantCulture,
            $"position:absolute;margin-left:0;margin-top:0;width:{width:0.#}pt;height:{height:0.#}pt;rotation:315;z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin");

        var xml = new StringBuilder(2048);
        using (var w = XmlWriter.Create(xml, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            w.WriteStartElement("w", "p", Ns.W);
            w.WriteAttributeString("xmlns", "v", null, Vml);
            w.WriteAttributeString("xmlns", "o", null, Office);
            w.WriteStartElement("w", "pPr", Ns.W);
            w.WriteStartElement("w", "spacing", Ns.W);
            w.WriteAttributeString("w", "before", Ns.W, "0");
            w.WriteAttributeString("w", "after", Ns.W, "0");
            w.WriteAttributeString("w", "line", Ns.W, "20");
            w.WriteAttributeString("w", "lineRule", Ns.W, "exact");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("w", "r", Ns.W);
            w.WriteStartElement("w", "rPr", Ns.W);
            w.WriteElementString("w", "noProof", Ns.W, null);
            w.WriteEndElement();
            w.WriteStartElement("w", "pict", Ns.W);

            w.WriteStartElement("v", "shapetype", Vml);
            w.WriteAttributeString("id", "_x0000_t136");
            w.WriteAttributeString("coordsize", "21600,21600");
            w.WriteAttributeString("o", "spt", Office, "136");
            w.WriteAttributeString("adj", "10800");
            w.WriteAttributeString("path", "m@7,l@8,m@5,21600l@6,21600e");
            w.WriteStartElement("v", "formulas", Vml);
            foreach (var formula in Formulas)
            {
                w.WriteStartElement("v", "f", Vml);
                w.WriteAttributeString("eqn", formula);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteStartElement("v", "path", Vml);
            w.WriteAttributeString("textpathok", "t");
            w.WriteAttributeString("o", "connecttype", Office, "custom");
            w.WriteAttributeString("o", "connectlocs", Office, "@9,0;@10,10800;@11,21600;@12,10800");
            w.WriteAttributeString("o", "connectangles", Office, "270,180,90,0");
            w.WriteEndElement();
            w.WriteStartElement("v", "textpath", Vml);
            w.WriteAttributeString("on", "t");
            w.WriteAttributeString("fitshape", "t");
            w.WriteEndElement();
            w.WriteStartElement("v", "handles", Vml);
            w.WriteStartElement("v", "h", Vml);
            w.WriteAttributeString("position", "#0,bottomRight");
            w.WriteAttributeString("xrange", "6629,14971");
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteStartElement("o", "lock", Office);
            w.WriteAttributeString("v", "ext", Vml, "edit");
            w.WriteAttributeString("text", "t");
            w.WriteAttributeString("shapetype", "t");
            w.WriteEndElement();
            w.WriteEndElement();

            w.WriteStartElement("v", "shape", Vml);
            w.WriteAttributeString("id", "PowerPlusWaterMarkObject" + shapeNumber.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("o", "spid", Office, "_x0000_s" + (2049 + shapeNumber).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("type", "#_x0000_t136");
            w.WriteAttributeString("style", style);
            w.WriteAttributeString("o", "allowincell", Office, "f");
            w.WriteAttributeString("fillcolor", "#d8d8d8");
            w.WriteAttributeString("stroked", "f");
            w.WriteStartElement("v", "fill", Vml);
            w.WriteAttributeString("opacity", ".5");
            w.WriteEndElement();
            w.WriteStartElement("v", "textpath", Vml);
            w.WriteAttributeString("style", "font-family:\"" + fontFamily + "\";font-size:1pt");
            w.WriteAttributeString("string", clean);
            w.WriteEndElement();
            w.WriteEndElement();

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        return new W.Paragraph(xml.ToString());
    }
}
