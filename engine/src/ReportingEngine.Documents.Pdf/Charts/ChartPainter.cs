using System.Globalization;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Drawing;
using ReportingEngine.Documents.Pdf.Fonts;
using ReportingEngine.Documents.Pdf.Layout.Ops;

namespace ReportingEngine.Documents.Pdf.Charts;

/// <summary>
/// Draws bar, line and pie charts as vector operations in a box whose top is y = 0: title on top, legend
/// at the bottom when there are several series (or pie slices), plot in between.
/// </summary>
internal sealed partial class ChartPainter
{
    private const double TitleSize = 10.5;
    private const double LabelSize = 8;
    private const double ValueSize = 7;
    private const double LegendSize = 8;

    private readonly IFontFace face;
    private readonly Func<int, IFontFace> faceFor;

    /// <summary>Creates a painter drawing labels in <paramref name="face"/>, with <paramref name="faceFor"/> choosing a fallback face per character.</summary>
    public ChartPainter(IFontFace face, Func<int, IFontFace> faceFor)
    {
        this.face = face;
        this.faceFor = faceFor;
    }

    /// <summary>The ops of <paramref name="chart"/> in the box [x, x + width] × [0, height].</summary>
    public List<DrawOp> Paint(Chart chart, double x, double width, double height)
    {
        var ops = new List<DrawOp>();
        var top = 0.0;
        if (!string.IsNullOrWhiteSpace(chart.Title))
        {
            Label(ops, chart.Title, TitleSize, x + width / 2, TitleSize * 1.2, TextAnchor.Middle, bold: true);
            top = TitleSize * 1.8;
        }

        var bottom = height;
        if (chart.Kind != ChartKind.Pie && chart.Series.Count > 1)
        {
            var legendNames = chart.Series.Select(s => s.Name).ToList();
            bottom -= LegendSize * 2.2;
            Legend(ops, legendNames, x, width, bottom + LegendSize * 0.6);
        }

        switch (chart.Kind)
        {
            case ChartKind.Pie:
                Pie(ops, chart, x, top, width, bottom - top);
                break;
            default:
                Axes(ops, chart, x, top, width, bottom - top);
                break;
        }

        return ops;
    }

    /// <summary>Formats a value invariantly with thousands separators and at most two decimals.</summary>
    internal static string Format(double value) => Format(value, "#,##0.##");

    /// <summary>Formats a value invariantly with <paramref name="format"/>.</summary>
    internal static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private double Measure(string text, double size)
    {
        var units = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += faceFor(rune.Value).GetAdvance(rune.Value);
        }

        return units * size / 1000.0;
    }

    /// <summary>Adds a label split into runs per face (fallback faces for characters the main face lacks).</summary>
    private void Label(List<DrawOp> ops, string text, double size, double x, double baseline, TextAnchor anchor, bool bold = false, RgbColor? color = null)
    {
        var width = Measure(text, size);
        var pen = anchor switch
        {
            TextAnchor.Middle => x - width / 2,
            TextAnchor.End => x - width,
            _ => x,
        };
        var paint = new TextPaint { Bold = bold, Color = color ?? ChartPalette.Ink };
        var runFace = (IFontFace?)null;
        var runStart = 0;
        var runX = pen;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var f = faceFor(rune.Value);
            if (runFace is not null && !ReferenceEquals(f, runFace))
            {
                ops.Add(new TextOp(runFace, size, runX, baseline, text[runStart..index], paint));
                runStart = index;
                runX = pen;
            }

            runFace = f;
            pen += f.GetAdvance(rune.Value) * size / 1000.0;
            index += rune.Utf16SequenceLength;
        }

        if (runFace is not null && index > runStart)
        {
            ops.Add(new TextOp(runFace, size, runX, baseline, text[runStart..index], paint));
        }
    }

    private void Legend(List<DrawOp> ops, List<string> names, double x, double width, double top)
    {
        var swatch = LegendSize * 0.9;
        var gap = LegendSize * 1.2;
        var total = 0.0;
        foreach (var name in names)
        {
            total += swatch + 3 + Measure(name, LegendSize) + gap;
        }

        total -= gap;
        var pen = x + Math.Max(0, (width - total) / 2);
        for (var i = 0; i < names.Count; i++)
        {
            ops.Add(new RectangleOp(pen, top, swatch, swatch, ChartPalette.At(i), null));
            pen += swatch + 3;
            Label(ops, names[i], LegendSize, pen, top + swatch * 0.9, TextAnchor.Start);
            pen += Measure(names[i], LegendSize) + gap;
        }
    }
}
