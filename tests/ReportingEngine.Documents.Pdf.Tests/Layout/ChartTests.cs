using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Charts;
using ReportingEngine.Documents.Pdf.Layout.Ops;
using ReportingEngine.Documents.Pdf.Tests.Layout.Fakes;
using Xunit;

namespace ReportingEngine.Documents.Pdf.Tests.Layout;

public sealed class ChartTests
{
    private static List<DrawOp> Paint(Chart chart)
    {
        var face = new FakeFontFace("Song");
        return new ChartPainter(face, _ => face).Paint(chart, 50, 400, 200);
    }

    [Theory]
    [InlineData(0, 87.3, 100, 20)]
    [InlineData(0, 4.2, 5, 1)]
    [InlineData(0, 1234, 1250, 250)]
    [InlineData(0, 96.5, 100, 20)]
    [InlineData(-12, 30, 30, 10)]
    public void The_axis_maximum_is_rounded_up_to_a_nice_number(double min, double max, double expectedMax, double expectedStep)
    {
        var scale = NiceScale.For(min, max);
        Assert.Equal(expectedMax, scale.Max, 9);
        Assert.Equal(expectedStep, scale.Step, 9);
        Assert.True(scale.Min <= min);
    }

    [Fact]
    public void A_clustered_bar_chart_draws_one_bar_per_value_with_its_label_and_a_legend()
    {
        var chart = new Chart(ChartKind.Bar, "满意度", ["一季度", "二季度", "三季度"], [new ChartSeries("A区", [91.5, 88, 93.25]), new ChartSeries("B区", [85, 90, 1234.5])]);
        var ops = Paint(chart);
        var texts = ops.OfType<TextOp>().Select(t => t.Text).ToList();
        Assert.Contains("满意度", texts);
        Assert.Contains("1,234.50", texts); // invariant, thousands separator
        Assert.Contains("93.25", texts);
        Assert.Contains("88.00", texts); // one format for the chart: as many decimals as its values need
        Assert.Contains("A区", texts);
        Assert.Contains("B区", texts);
        var bars = ops.OfType<RectangleOp>().Where(r => r.Fill is not null && r.Width < 100 && r.Height > 0).ToList();
        Assert.Equal(6 + 2, bars.Count); // six bars and two legend swatches
    }

    [Fact]
    public void Value_labels_too_wide_for_their_bars_are_left_off_rather_than_drawn_over_each_other()
    {
        // Receivable and received per month, side by side: six-digit amounts are wider than the bars.
        string[] months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
        var chart = new Chart(ChartKind.Bar, "各月应收与实收（元）", months,
            [new ChartSeries("应收", [293683.53, 293187.43, 293888.53, 292322.33, 294130.43, 292461.73]), new ChartSeries("实收", [284816.2, 284197.1, 275405.29, 273904.69, 275573.39, 245437.03])]);
        var ops = Paint(chart);
        var texts = ops.OfType<TextOp>().Select(t => t.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains('.', StringComparison.Ordinal));
        Assert.Equal(12 + 2, ops.OfType<RectangleOp>().Count(r => r.Fill is not null && r.Width < 100 && r.Height > 0));
    }

    [Fact]
    public void A_line_chart_draws_one_polyline_per_series_with_markers()
    {
        var chart = new Chart(ChartKind.Line, "报修数量", ["1月", "2月", "3月", "4月"], [new ChartSeries("报修", [12, 30, 18, 25])]);
        var ops = Paint(chart);
        Assert.Single(ops.OfType<PathOp>());
        Assert.Equal(4, ops.OfType<RectangleOp>().Count());
    }

    [Fact]
    public void A_pie_chart_draws_one_slice_per_category_with_bezier_arcs_and_percentages()
    {
        var chart = new Chart(ChartKind.Pie, "投诉分类", ["维修", "保洁", "安保"], [new ChartSeries("件数", [50, 30, 20])]);
        var ops = Paint(chart);
        var slices = ops.OfType<PathOp>().ToList();
        Assert.Equal(3, slices.Count);
        Assert.All(slices, s => Assert.Contains(s.Path.Segments, seg => seg.Verb == Drawing.PathVerb.CurveTo));
        var texts = ops.OfType<TextOp>().Select(t => t.Text).ToList();
        Assert.Contains("维修 50.0%", texts);
        Assert.Contains("安保 20.0%", texts);
    }
}
