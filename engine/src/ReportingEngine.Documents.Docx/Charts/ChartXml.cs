using System.Globalization;
using System.Xml;
using ReportingEngine.Documents.Docx.Content;
using ReportingEngine.Documents.Docx.Packaging;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Docx.Charts;

/// <summary>
/// A native, editable Word chart part (c:chartSpace) with literal data caches (strLit/numLit):
/// no embedded workbook is needed for Word or LibreOffice to draw it.
/// </summary>
internal static class ChartXml
{
    private const string CategoryAxisId = "500000001";
    private const string ValueAxisId = "500000002";
    private const string TitleFont = "SimHei";
    private const string TextFont = "SimSun";

    /// <summary>Series colours, in order (Office palette, readable in grey print).</summary>
    private static readonly string[] Palette = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E"];

    /// <summary>The chart part XML for <paramref name="chart"/>.</summary>
    public static byte[] Build(Chart chart, string language) => XmlParts.Build(w =>
    {
        w.WriteStartElement("c", "chartSpace", Ns.C);
        w.WriteAttributeString("xmlns", "a", null, Ns.A);
        w.WriteAttributeString("xmlns", "r", null, Ns.R);
        Val(w, "date1904", "0");
        Val(w, "lang", string.IsNullOrWhiteSpace(language) ? "zh-CN" : language);
        Val(w, "roundedCorners", "0");

        w.WriteStartElement("c", "chart", Ns.C);
        if (!string.IsNullOrWhiteSpace(chart.Title))
        {
            WriteTitle(w, SafeText.Clean(chart.Title));
            Val(w, "autoTitleDeleted", "0");
        }
        else
        {
            Val(w, "autoTitleDeleted", "1");
        }

        w.WriteStartElement("c", "plotArea", Ns.C);
        w.WriteElementString("c", "layout", Ns.C, null);
        switch (chart.Kind)
        {
            case ChartKind.Pie:
                WritePie(w, chart);
                break;
            case ChartKind.Line:
                WriteLineOrBar(w, chart, line: true);
                break;
            default:
                WriteLineOrBar(w, chart, line: false);
                break;
        }

        w.WriteEndElement();

        // A legend names the series (several series) or the slices (pie).
        if (chart.Kind == ChartKind.Pie || chart.Series.Count > 1)
        {
            w.WriteStartElement("c", "legend", Ns.C);
            Val(w, "legendPos", "b");
            Val(w, "overlay", "0");
            w.WriteEndElement();
        }

        Val(w, "plotVisOnly", "1");
        Val(w, "dispBlanksAs", "gap");
        w.WriteEndElement();

        w.WriteStartElement("c", "txPr", Ns.C);
        w.WriteElementString("a", "bodyPr", Ns.A, null);
        w.WriteElementString("a", "lstStyle", Ns.A, null);
        w.WriteStartElement("a", "p", Ns.A);
        w.WriteStartElement("a", "pPr", Ns.A);
        w.WriteStartElement("a", "defRPr", Ns.A);
        w.WriteAttributeString("sz", "1000");
        Typefaces(w, TextFont);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("a", "endParaRPr", Ns.A);
        w.WriteAttributeString("lang", "zh-CN");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteEndElement();
    });

    private static void WriteTitle(XmlWriter w, string title)
    {
        w.WriteStartElement("c", "title", Ns.C);
        w.WriteStartElement("c", "tx", Ns.C);
        w.WriteStartElement("c", "rich", Ns.C);
        w.WriteElementString("a", "bodyPr", Ns.A, null);
        w.WriteElementString("a", "lstStyle", Ns.A, null);
        w.WriteStartElement("a", "p", Ns.A);
        w.WriteStartElement("a", "pPr", Ns.A);
        w.WriteStartElement("a", "defRPr", Ns.A);
        w.WriteAttributeString("sz", "1400");
        w.WriteAttributeString("b", "1");
        Typefaces(w, TitleFont);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("a", "r", Ns.A);
        w.WriteStartElement("a", "rPr", Ns.A);
        w.WriteAttributeString("lang", "zh-CN");
        w.WriteAttributeString("sz", "1400");
        w.WriteAttributeString("b", "1");
        Typefaces(w, TitleFont);
        w.WriteEndElement();
        w.WriteElementString("a", "t", Ns.A, title);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        Val(w, "overlay", "0");
        w.WriteEndElement();
    }

    private static void WriteLineOrBar(XmlWriter w, Chart chart, bool line)
    {
        w.WriteStartElement("c", line ? "lineChart" : "barChart", Ns.C);
        if (!line)
        {
            Val(w, "barDir", "col");
        }

        Val(w, "grouping", line ? "standard" : "clustered");
        Val(w, "varyColors", "0");
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var color = Palette[s % Palette.Length];
            StartSeries(w, s, series.Name);
            w.WriteStartElement("c", "spPr", Ns.C);
            if (line)
            {
                w.WriteStartElement("a", "ln", Ns.A);
                w.WriteAttributeString("w", "28575");
                w.WriteAttributeString("cap", "rnd");
                SolidFill(w, color);
                w.WriteElementString("a", "round", Ns.A, null);
                w.WriteEndElement();
            }
            else
            {
                SolidFill(w, color);
            }

            w.WriteEndElement();
            if (line)
            {
                w.WriteStartElement("c", "marker", Ns.C);
                Val(w, "symbol", "circle");
                Val(w, "size", "5");
                w.WriteStartElement("c", "spPr", Ns.C);
                SolidFill(w, color);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            else
            {
                Val(w, "invertIfNegative", "0");
            }

            WriteData(w, chart.Categories, series.Values);
            if (line)
            {
                Val(w, "smooth", "0");
            }

            w.WriteEndElement();
        }

        if (line)
        {
            Val(w, "marker", "1");
        }
        else
        {
            Val(w, "gapWidth", "150");
        }

        Val(w, "axId", CategoryAxisId);
        Val(w, "axId", ValueAxisId);
        w.WriteEndElement();

        w.WriteStartElement("c", "catAx", Ns.C);
        Val(w, "axId", CategoryAxisId);
        w.WriteStartElement("c", "scaling", Ns.C);
        Val(w, "orientation", "minMax");
        w.WriteEndElement();
        Val(w, "delete", "0");
        Val(w, "axPos", "b");
        Val(w, "majorTickMark", "out");
        Val(w, "minorTickMark", "none");
        Val(w, "tickLblPos", "nextTo");
        Val(w, "crossAx", ValueAxisId);
        Val(w, "crosses", "autoZero");
        Val(w, "auto", "1");
        Val(w, "lblAlgn", "ctr");
        Val(w, "lblOffset", "100");
        Val(w, "noMultiLvlLbl", "0");
        w.WriteEndElement();

        w.WriteStartElement("c", "valAx", Ns.C);
        Val(w, "axId", ValueAxisId);
        w.WriteStartElement("c", "scaling", Ns.C);
        Val(w, "orientation", "minMax");
        if (chart.AxisMax is { } max && double.IsFinite(max))
        {
            Val(w, "max", Number(max));
        }

        var min = chart.AxisMin ?? (line ? null : 0.0);
        if (min is { } m && double.IsFinite(m))
        {
            Val(w, "min", Number(m));
        }

        w.WriteEndElement();
        Val(w, "delete", "0");
        Val(w, "axPos", "l");
        w.WriteStartElement("c", "majorGridlines", Ns.C);
        w.WriteStartElement("c", "spPr", Ns.C);
        w.WriteStartElement("a", "ln", Ns.A);
        w.WriteAttributeString("w", "6350");
        SolidFill(w, "D9D9D9");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("c", "numFmt", Ns.C);
        w.WriteAttributeString("formatCode", "General");
        w.WriteAttributeString("sourceLinked", "0");
        w.WriteEndElement();
        Val(w, "majorTickMark", "out");
        Val(w, "minorTickMark", "none");
        Val(w, "tickLblPos", "nextTo");
        Val(w, "crossAx", CategoryAxisId);
        Val(w, "crosses", "autoZero");
        Val(w, "crossBetween", "between");
        w.WriteEndElement();
    }

    private static void WritePie(XmlWriter w, Chart chart)
    {
        w.WriteStartElement("c", "pieChart", Ns.C);
        Val(w, "varyColors", "1");
        if (chart.Series.Count > 0)
        {
            var series = chart.Series[0];
            StartSeries(w, 0, series.Name);
            for (var i = 0; i < chart.Categories.Count; i++)
            {
                w.WriteStartElement("c", "dPt", Ns.C);
                Val(w, "idx", Int(i));
                Val(w, "bubble3D", "0");
                w.WriteStartElement("c", "spPr", Ns.C);
                SolidFill(w, Palette[i % Palette.Length]);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteStartElement("c", "dLbls", Ns.C);
            Val(w, "showLegendKey", "0");
            Val(w, "showVal", "0");
            Val(w, "showCatName", "0");
            Val(w, "showSerName", "0");
            Val(w, "showPercent", "1");
            Val(w, "showBubbleSize", "0");
            Val(w, "showLeaderLines", "1");
            w.WriteEndElement();
            WriteData(w, chart.Categories, series.Values);
            w.WriteEndElement();
        }

        Val(w, "firstSliceAng", "0");
        w.WriteEndElement();
    }

    private static void StartSeries(XmlWriter w, int index, string name)
    {
        w.WriteStartElement("c", "ser", Ns.C);
        Val(w, "idx", Int(index));
        Val(w, "order", Int(index));
        w.WriteStartElement("c", "tx", Ns.C);
        w.WriteElementString("c", "v", Ns.C, SafeText.Clean(name));
        w.WriteEndElement();
    }

    private static void WriteData(XmlWriter w, IReadOnlyList<string> categories, IReadOnlyList<double> values)
    {
        w.WriteStartElement("c", "cat", Ns.C);
        w.WriteStartElement("c", "strLit", Ns.C);
        Val(w, "ptCount", Int(categories.Count));
        for (var i = 0; i < categories.Count; i++)
        {
            w.WriteStartElement("c", "pt", Ns.C);
            w.WriteAttributeString("idx", Int(i));
            w.WriteElementString("c", "v", Ns.C, SafeText.Clean(categories[i]));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("c", "val", Ns.C);
        w.WriteStartElement("c", "numLit", Ns.C);
        w.WriteElementString("c", "formatCode", Ns.C, "General");
        var count = Math.Min(categories.Count, values.Count);
        Val(w, "ptCount", Int(categories.Count));
        for (var i = 0; i < count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                continue;
            }

            w.WriteStartElement("c", "pt", Ns.C);
            w.WriteAttributeString("idx", Int(i));
            w.WriteElementString("c", "v", Ns.C, Number(values[i]));
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void SolidFill(XmlWriter w, string color)
    {
        w.WriteStartElement("a", "solidFill", Ns.A);
        w.WriteStartElement("a", "srgbClr", Ns.A);
        w.WriteAttributeString("val", color);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Typefaces(XmlWriter w, string font)
    {
        w.WriteStartElement("a", "latin", Ns.A);
        w.WriteAttributeString("typeface", font);
        w.WriteEndElement();
        w.WriteStartElement("a", "ea", Ns.A);
        w.WriteAttributeString("typeface", font);
        w.WriteEndElement();
    }

    private static void Val(XmlWriter w, string element, string value)
    {
        w.WriteStartElement("c", element, Ns.C);
        w.WriteAttributeString("val", value);
        w.WriteEndElement();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
