using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Drawing;
using ReportingEngine.Documents.Pdf.Layout.Ops;

namespace ReportingEngine.Documents.Pdf.Charts;

/// <summary>Bar and line charts: value axis with grid lines, category axis, bars or polylines with markers, value labels.</summary>
internal sealed partial class ChartPainter
{
    /// <summary>Value labels are drawn on bars only up to this many bars (beyond, they collide).</summary>
    private const int MaxValueLabels = 36;

    /// <summary>The smallest size a bar's value label is shrunk to so it fits its bar; below it, labels are left off.</summary>
    private const double MinValueSize = 5.5;

    private void Axes(List<DrawOp> ops, Chart chart, double x, double top, double width, double height)
    {
        var categories = chart.Categories.Count;
        var values = chart.Series.SelectMany(s => s.Values.Take(categories)).Where(double.IsFinite).ToList();
        var dataMin = values.Count > 0 ? values.Min() : 0;
        var dataMax = values.Count > 0 ? values.Max() : 1;
        var isBar = chart.Kind == ChartKind.Bar;
        var lower = chart.AxisMin ?? (isBar ? Math.Min(0, dataMin) : (dataMin >= 0 && dataMin < (dataMax - dataMin) ? 0 : dataMin));
        var scale = NiceScale.For(lower, Math.Max(chart.AxisMax ?? dataMax, lower));
        var axisMin = chart.AxisMin ?? scale.Min;
        var axisMax = chart.AxisMax ?? scale.Max;
        if (axisMax <= axisMin)
        {
            axisMax = axisMin + scale.Step;
        }

        var tickLabels = scale.Ticks().Where(t => t >= axisMin - 1e-9 && t <= axisMax + 1e-9).ToList();
        var labelWidth = tickLabels.Count == 0 ? 0 : tickLabels.Max(t => Measure(Format(t), LabelSize));
        var plotLeft = x + labelWidth + 6;
        var plotRight = x + width - 4;
        var plotTop = top + ValueSize * 1.6;
        var plotBottom = top + height - LabelSize * 1.8;
        if (plotRight - plotLeft < 10 || plotBottom - plotTop < 10)
        {
            return;
        }

        double Y(double v) => plotBottom - (Math.Clamp(v, axisMin, axisMax) - axisMin) / (axisMax - axisMin) * (plotBottom - plotTop);

        var grid = new StrokePaint(0.4) { Color = ChartPalette.Grid };
        foreach (var tick in tickLabels)
        {
            var y = Y(tick);
            ops.Add(new LineOp(plotLeft, y, plotRight, y, grid));
            Label(ops, Format(tick), LabelSize, plotLeft - 3, y + LabelSize * 0.35, TextAnchor.End);
        }

        var axis = new StrokePaint(0.75) { Color = ChartPalette.Ink };
        ops.Add(new LineOp(plotLeft, plotTop, plotLeft, plotBottom, axis));
        var zero = Y(Math.Clamp(0, axisMin, axisMax));
        ops.Add(new LineOp(plotLeft, zero, plotRight, zero, axis));

        if (categories == 0)
        {
            return;
        }

        var slot = (plotRight - plotLeft) / categories;
        var labelSize = LabelSize;
        var widest = chart.Categories.Max(c => Measure(c, LabelSize));
        if (widest > slot * 0.95)
        {
            labelSize = Math.Max(5.5, LabelSize * slot * 0.95 / widest);
        }

        for (var c = 0; c < categories; c++)
        {
            Label(ops, chart.Categories[c], labelSize, plotLeft + slot * (c + 0.5), plotBottom + labelSize * 1.3, TextAnchor.Middle);
        }

        if (isBar)
        {
            Bars(ops, chart, plotLeft, slot, Y, zero);
        }
        else
        {
            Lines(ops, chart, plotLeft, slot, Y);
        }
    }

    private void Bars(List<DrawOp> ops, Chart chart, double plotLeft, double slot, Func<double, double> y, double zero)
    {
        var categories = chart.Categories.Count;
        var series = Math.Max(1, chart.Series.Count);
        var group = slot * 0.7;
        var bar = group / series;
        var format = ValueFormat(chart);
        var labelSize = ValueLabelSize(chart, format, bar, categories * series <= MaxValueLabels);
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var color = ChartPalette.At(s);
            var data = chart.Series[s].Values;
            for (var c = 0; c < categories && c < data.Count; c++)
            {
                var v = data[c];
                if (!double.IsFinite(v))
                {
                    continue;
                }

                var barLeft = plotLeft + slot * c + (slot - group) / 2 + bar * s;
                var yv = y(v);
                var barTop = Math.Min(yv, zero);
                var barHeight = Math.Abs(zero - yv);
                ops.Add(new RectangleOp(barLeft, barTop, bar * 0.92, barHeight, color, null));
                if (labelSize > 0)
                {
                    var baseline = v >= 0 ? barTop - 2 : barTop + barHeight + labelSize;
                    Label(ops, Format(v, format), labelSize, barLeft + bar * 0.46, baseline, TextAnchor.Middle);
                }
            }
        }
    }

    private void Lines(List<DrawOp> ops, Chart chart, double plotLeft, double slot, Func<double, double> y)
    {
        var categories = chart.Categories.Count;
        var format = ValueFormat(chart);
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var color = ChartPalette.At(s);
            var data = chart.Series[s].Values;
            var path = new PathGeometry();
            var started = false;
            var points = new List<(double X, double Y, double V)>();
            for (var c = 0; c < categories && c < data.Count; c++)
            {
                if (!double.IsFinite(data[c]))
                {
                    started = false;
                    continue;
                }

                var px = plotLeft + slot * (c + 0.5);
                var py = y(data[c]);
                if (started)
                {
                    path.LineTo(px, py);
                }
                else
                {
                    path.MoveTo(px, py);
                    started = true;
                }

                points.Add((px, py, data[c]));
            }

            if (points.Count > 1)
            {
                ops.Add(new PathOp(path, null, new StrokePaint(1.5) { Color = color }));
            }

            var marker = 4.0;
            foreach (var (px, py, v) in points)
            {
                ops.Add(new RectangleOp(px - marker / 2, py - marker / 2, marker, marker, color, null));
                if (points.Count * chart.Series.Count <= MaxValueLabels)
                {
                    Label(ops, Format(v, format), ValueSize, px, py - marker, TextAnchor.Middle);
                }
            }
        }
    }

    /// <summary>
    /// The value labels' size: the regular size when the widest label fits its bar, else shrunk to fit (side-by-side bars
    /// of six-digit amounts), and 0 — no labels — when it would have to be smaller than <see cref="MinValueSize"/>.
    /// </summary>
    private double ValueLabelSize(Chart chart, string format, double bar, bool fewEnough)
    {
        var values = chart.Series.SelectMany(s => s.Values.Take(chart.Categories.Count)).Where(double.IsFinite).ToList();
        if (!fewEnough || values.Count == 0)
        {
            return 0;
        }

        var widest = values.Max(v => Measure(Format(v, format), ValueSize));
        var room = bar * 0.92; // the drawn bar
        var size = widest <= room ? ValueSize : ValueSize * room / widest;
        return size >= MinValueSize ? size : 0;
    }

    /// <summary>One number format for all of a chart's value labels: as many decimals (at most two) as its values need, so 284,816.20 stands beside 293,683.53.</summary>
    private static string ValueFormat(Chart chart)
    {
        var values = chart.Series.SelectMany(s => s.Values).Where(double.IsFinite).ToList();
        var decimals = values.Count == 0 ? 0 : values.Max(v => Math.Round(v, 2) == Math.Round(v) ? 0 : Math.Round(v, 2) == Math.Round(v, 1) ? 1 : 2);
        return decimals switch { 0 => "#,##0", 1 => "#,##0.0", _ => "#,##0.00" };
    }
}
