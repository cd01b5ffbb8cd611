using System.Globalization;
using System.Xml;
using ReportingEngine.Documents.Docx.Packaging;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>
/// A watermark the Word way: a VML WordArt shape (<c>PowerPlusWaterMarkObject</c>) in the header,
/// rotated 315°, light grey, behind the text and centred on the page, so Word's Design ▸ Watermark
/// dialog recognises and can remove it (R-ACC-3 controlled copies).
/// </summary>
internal static class Watermark
{
    private const double MaxWidthPt = 440;
    private const double LineHeightPt = 72;

    private static readonly string[] Formulas =
    [
        "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0",
        "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8", "mid @6 @7", "sum @6 0 @5",
    ];

    /// <summary>Writes the header paragraph carrying the watermark shape.</summary>
    /// <param name="w">The header part's writer.</param>
    /// <param name="watermark">Text, font and shape number.</param>
    /// <param name="afterProperties">Writes what goes right after the paragraph's properties (seals anchored here).</param>
    public static void Write(XmlWriter w, WatermarkText watermark, Action afterProperties)
    {
        var clean = SafeText.Clean(watermark.Text);
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

        w.WriteStartElement("w", "p", Ns.W);
        w.WriteAttributeString("xmlns", "v", null, Ns.Vml);
        w.WriteAttributeString("xmlns", "o", null, Ns.Office);
        w.WriteAttributeString("xmlns", "w", null, Ns.W);
        w.WriteStartElement("w", "pPr", Ns.W);
        w.WriteStartElement("w", "spacing", Ns.W);
        w.WriteAttributeString("w", "before", Ns.W, "0");
        w.WriteAttributeString("w", "after", Ns.W, "0");
        w.WriteAttributeString("w", "line", Ns.W, "20");
        w.WriteAttributeString("w", "lineRule", Ns.W, "exact");
        w.WriteEndElement();
        w.WriteEndElement();
        afterProperties();
        w.WriteStartElement("w", "r", Ns.W);
        w.WriteStartElement("w", "rPr", Ns.W);
        w.WriteElementString("w", "noProof", Ns.W, null);
        w.WriteEndElement();
        w.WriteStartElement("w", "pict", Ns.W);

        w.WriteStartElement("v", "shapetype", Ns.Vml);
        w.WriteAttributeString("id", "_x0000_t136");
        w.WriteAttributeString("coordsize", "21600,21600");
        w.WriteAttributeString("o", "spt", Ns.Office, "136");
        w.WriteAttributeString("adj", "10800");
        w.WriteAttributeString("path", "m@7,l@8,m@5,21600l@6,21600e");
        w.WriteStartElement("v", "formulas", Ns.Vml);
        foreach (var formula in Formulas)
        {
            w.WriteStartElement("v", "f", Ns.Vml);
            w.WriteAttributeString("eqn", formula);
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteStartElement("v", "path", Ns.Vml);
        w.WriteAttributeString("textpathok", "t");
        w.WriteAttributeString("o", "connecttype", Ns.Office, "custom");
        w.WriteAttributeString("o", "connectlocs", Ns.Office, "@9,0;@10,10800;@11,21600;@12,10800");
        w.WriteAttributeString("o", "connectangles", Ns.Office, "270,180,90,0");
        w.WriteEndElement();
        w.WriteStartElement("v", "textpath", Ns.Vml);
        w.WriteAttributeString("on", "t");
        w.WriteAttributeString("fitshape", "t");
        w.WriteEndElement();
        w.WriteStartElement("v", "handles", Ns.Vml);
        w.WriteStartElement("v", "h", Ns.Vml);
        w.WriteAttributeString("position", "#0,bottomRight");
        w.WriteAttributeString("xrange", "6629,14971");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("o", "lock", Ns.Office);
        w.WriteAttributeString("v", "ext", Ns.Vml, "edit");
        w.WriteAttributeString("text", "t");
        w.WriteAttributeString("shapetype", "t");
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("v", "shape", Ns.Vml);
        w.WriteAttributeString("id", "PowerPlusWaterMarkObject" + watermark.ShapeNumber.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("style", style);
        w.WriteAttributeString("o", "spid", Ns.Office, "_x0000_s" + (2049 + watermark.ShapeNumber).ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("o", "allowincell", Ns.Office, "f");
        w.WriteAttributeString("fillcolor", "#d8d8d8");
        w.WriteAttributeString("stroked", "f");
        w.WriteAttributeString("type", "#_x0000_t136");
        w.WriteStartElement("v", "fill", Ns.Vml);
        w.WriteAttributeString("opacity", ".5");
        w.WriteEndElement();
        w.WriteStartElement("v", "textpath", Ns.Vml);
        w.WriteAttributeString("style", "font-family:\"" + watermark.FontFamily + "\";font-size:1pt");
        w.WriteAttributeString("string", clean);
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }
}
