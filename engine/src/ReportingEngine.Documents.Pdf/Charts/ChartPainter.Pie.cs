using System.Globalization;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Drawing;
using ReportingEngine.Documents.Pdf.Layout.Ops;

namespace ReportingEngine.Documents.Pdf.Charts;

/// <summary>Pie charts: slices of the first series as Bézier arcs from 12 o'clock clockwise, labels with percentages.</summary>
internal sealed partial class ChartPainter
{
    private void Pie(List<DrawOp> ops, Chart chart, double x, double top, double width, double height)
    {
        if (chart.Series.Count == 0)
        {
            return;
        }

        var values = chart.Series[0].Values;
        var count = Math.Min(values.Count, chart.Categories.Count);
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += double.IsFinite(values[i]) && values[i] > 0 ? values[i] : 0;
        }

        if (total <= 0)
        {
            return;
        }

        var radius = Math.Max(5, Math.Min(width * 0.5 - 60, height * 0.5 - LabelSize * 1.5));
        var cx = x + width / 2;
        var cy = top + height / 2;
        var angle = -Math.PI / 2;
        var white = new StrokePaint(0.75) { Color = new RgbColor(255, 255, 255) };
        for (var i = 0; i < count; i++)
        {
            var v = double.IsFinite(values[i]) && values[i] > 0 ? values[i] : 0;
            if (v <= 0)
            {
                continue;
            }

            var sweep = v / total * 2 * Math.PI;
            var path = new PathGeometry().MoveTo(cx, cy).LineTo(cx + radius * Math.Cos(angle), cy + radius * Math.Sin(angle));
            Arc(path, cx, cy, radius, angle, sweep);
            path.Close();
            ops.Add(new PathOp(path, ChartPalette.At(i), count > 1 ? white : null));

            var mid = angle + sweep / 2;
            var lx = cx + (radius + 6) * Math.Cos(mid);
            var ly = cy + (radius + 6) * Math.Sin(mid) + LabelSize * 0.35;
            var percent = (v / total * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
            Label(ops, $"{chart.Categories[i]} {percent}", LabelSize, lx, ly + (Math.Sin(mid) > 0.5 ? LabelSize * 0.5 : 0), Math.Cos(mid) >= 0 ? TextAnchor.Start : TextAnchor.End);
            angle += sweep;
        }
    }

    /// <summary>Appends a circular arc (y down, so positive sweep is clockwise on the page) as cubic Béziers of at most 90° each.</summary>
    internal static void Arc(PathGeometry path, double cx, double cy, double r, double start, double sweep)
    {
        var segments = Math.Max(1, (int)Math.Ceiling(Math.Abs(sweep) / (Math.PI / 2) - 1e-9));
        var step = sweep / segments;
        var k = 4.0 / 3.0 * Math.Tan(step / 4);
        var a = start;
        for (var i = 0; i < segments; i++)
        {
            var b = a + step;
            var (cosA, sinA) = (Math.Cos(a), Math.Sin(a));
            var (cosB, sinB) = (Math.Cos(b), Math.Sin(b));
            path.CurveTo(
                cx + r * (cosA - k * sinA), cy + r * (sinA + k * cosA),
                cx + r * (cosB + k * sinB), cy + r * (sinB - k * cosB),
                cx + r * cosB, cy + r * sinB);
            a = b;
        }
    }
}
