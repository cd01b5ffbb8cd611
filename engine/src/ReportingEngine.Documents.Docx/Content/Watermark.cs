using System.Globalization;
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
    public static void Write(XmlPartWriter w, WatermarkText watermark, Action afterProperties)
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

        w.Start("w", "p");
        w.Attribute("xmlns", "v", Ns.Vml);
        w.Attribute("xmlns", "o", Ns.Office);
        w.Attribute("xmlns", "w", Ns.W);
        w.Start("w", "pPr");
        w.Start("w", "spacing");
        w.Attribute("w", "before", "0");
        w.Attribute("w", "after", "0");
        w.Attribute("w", "line", "20");
        w.Attribute("w", "lineRule", "exact");
        w.End();
        w.End();
        afterProperties();
        w.Start("w", "r");
        w.Start("w", "rPr");
        w.Start("w", "noProof");
        w.End();
        w.End();
        w.Start("w", "pict");

        w.Start("v", "shapetype");
        w.Attribute(null, "id", "_x0000_t136");
        w.Attribute(null, "coordsize", "21600,21600");
        w.Attribute("o", "spt", "136");
        w.Attribute(null, "adj", "10800");
        w.Attribute(null, "path", "m@7,l@8,m@5,21600l@6,21600e");
        w.Start("v", "formulas");
        foreach (var formula in Formulas)
        {
            w.Start("v", "f");
            w.Attribute(null, "eqn", formula);
            w.End();
        }

        w.End();
        w.Start("v", "path");
        w.Attribute(null, "textpathok", "t");
        w.Attribute("o", "connecttype", "custom");
        w.Attribute("o", "connectlocs", "@9,0;@10,10800;@11,21600;@12,10800");
        w.Attribute("o", "connectangles", "270,180,90,0");
        w.End();
        w.Start("v", "textpath");
        w.Attribute(null, "on", "t");
        w.Attribute(null, "fitshape", "t");
        w.End();
        w.Start("v", "handles");
        w.Start("v", "h");
        w.Attribute(null, "position", "#0,bottomRight");
        w.Attribute(null, "xrange", "6629,14971");
        w.End();
        w.End();
        w.Start("o", "lock");
        w.Attribute("v", "ext", "edit");
        w.Attribute(null, "text", "t");
        w.Attribute(null, "shapetype", "t");
        w.End();
        w.End();

        w.Start("v", "shape");
        w.Attribute(null, "id", "PowerPlusWaterMarkObject" + watermark.ShapeNumber.ToString(CultureInfo.InvariantCulture));
        w.Attribute(null, "style", style);
        w.Attribute("o", "spid", "_x0000_s" + (2049 + watermark.ShapeNumber).ToString(CultureInfo.InvariantCulture));
        w.Attribute("o", "allowincell", "f");
        w.Attribute(null, "fillcolor", "#d8d8d8");
        w.Attribute(null, "stroked", "f");
        w.Attribute(null, "type", "#_x0000_t136");
        w.Start("v", "fill");
        w.Attribute(null, "opacity", ".5");
        w.End();
        w.Start("v", "textpath");
        w.Attribute(null, "style", "font-family:\"" + watermark.FontFamily + "\";font-size:1pt");
        w.Attribute(null, "string", clean);
        w.End();
        w.End();

        w.End();
        w.End();
        w.End();
    }
}
