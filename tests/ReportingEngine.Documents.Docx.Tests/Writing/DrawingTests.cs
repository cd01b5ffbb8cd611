using System.Globalization;
using System.Xml.Linq;
using ReportingEngine.Documents.Docx.Tests.Tools;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

public sealed class DrawingTests
{
    private static readonly XNamespace W = DocxFile.W;
    private static readonly XNamespace Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    [Fact]
    public void The_seal_is_anchored_behind_the_text_of_the_sign_off_paragraph()
    {
        // R-NOT-3 / R-COL-3: the seal is stamped over the sign-off.
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));
        var body = DocxFile.Part(word.MainDocumentPart!);
        var anchor = body.Descendants(Wp + "anchor").Single();
        var paragraph = anchor.Ancestors(W + "p").First();

        Assert.Equal("1", (string?)anchor.Attribute("behindDoc"));
        Assert.Contains("幸福里物业服务中心", paragraph.Value, StringComparison.Ordinal);
        Assert.Equal("paragraph", (string?)anchor.Element(Wp + "positionV")!.Attribute("relativeFrom"));
        Assert.Equal("right", anchor.Element(Wp + "positionH")!.Element(Wp + "align")!.Value);
        Assert.Equal("1440000", (string?)anchor.Element(Wp + "extent")!.Attribute("cx"));
        Assert.Equal("公章", (string?)anchor.Element(Wp + "docPr")!.Attribute("descr"));
    }

    [Fact]
    public void Drawing_object_ids_are_unique_and_counted()
    {
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));
        var ids = DocxFile.Part(word.MainDocumentPart!).Descendants(Wp + "docPr").Select(d => (string)d.Attribute("id")!).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_same_png_is_stored_once_per_part()
    {
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));

        // Seal and logo share bytes; the QR code is the second image.
        Assert.Equal(2, word.MainDocumentPart!.ImageParts.Count());
    }

    [Fact]
    public void A_qr_code_is_an_inline_png_of_the_requested_size_with_its_caption_below()
    {
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));
        var body = DocxFile.Part(word.MainDocumentPart!);
        var qr = body.Descendants(Wp + "inline").Single(i => ((string?)i.Element(Wp + "docPr")!.Attribute("descr"))!.StartsWith("https://pay.example.cn", StringComparison.Ordinal));
        var paragraph = qr.Ancestors(W + "p").First();

        Assert.Equal("900000", (string?)qr.Element(Wp + "extent")!.Attribute("cx"));
        Assert.Equal("900000", (string?)qr.Element(Wp + "extent")!.Attribute("cy"));
        Assert.Equal("扫码缴费", paragraph.ElementsAfterSelf(W + "p").First().Value);
        Assert.NotNull(paragraph.Descendants(W + "keepNext").SingleOrDefault());
    }

    [Fact]
    public void Charts_are_native_chart_parts_holding_the_series_values()
    {
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));
        var charts = word.MainDocumentPart!.ChartParts.Select(DocxFile.Part).ToList();

        Assert.Equal(3, charts.Count);
        var bar = charts.Single(c => c.Descendants(C + "barChart").Any());
        Assert.Equal("clustered", (string?)bar.Descendants(C + "grouping").Single().Attribute("val"));
        var series = bar.Descendants(C + "ser").ToList();
        Assert.Equal(2, series.Count);
        Assert.Equal("十月", series[0].Element(C + "tx")!.Value);
        Assert.Equal(["95.5", "88", "91.25"], series[0].Element(C + "val")!.Descendants(C + "v").Select(v => v.Value));
        Assert.Equal(["1栋", "2栋", "3栋"], series[0].Element(C + "cat")!.Descendants(C + "v").Select(v => v.Value));
        Assert.Equal("100", (string?)bar.Descendants(C + "max").Single().Attribute("val"));
        Assert.Equal("50", (string?)bar.Descendants(C + "min").Single().Attribute("val"));
        Assert.Single(bar.Descendants(C + "legend"));

        var line = charts.Single(c => c.Descendants(C + "lineChart").Any());
        Assert.Equal("circle", (string?)line.Descendants(C + "symbol").First().Attribute("val"));
        Assert.Empty(line.Descendants(C + "legend"));
        Assert.Empty(line.Descendants(C + "min"));

        var pie = charts.Single(c => c.Descendants(C + "pieChart").Any());
        Assert.Equal(["80", "15", "5"], pie.Descendants(C + "val").Single().Descendants(C + "v").Select(v => v.Value));
        Assert.Equal("满意度构成", pie.Descendants(C + "title").Single().Value);
    }

    [Fact]
    public void A_bar_chart_without_an_axis_minimum_starts_at_zero()
    {
        var document = Samples.Rich() with { Body = [new Chart(ChartKind.Bar, "x", ["a"], [new ChartSeries("s", [3])])] };
        using var word = DocxFile.Open(DocxFile.Write(document));
        var chart = DocxFile.Part(word.MainDocumentPart!.ChartParts.Single());

        Assert.Equal("0", (string?)chart.Descendants(C + "min").Single().Attribute("val"));
    }
}
