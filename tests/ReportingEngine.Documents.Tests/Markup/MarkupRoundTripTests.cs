using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Tests.TestSupport;

namespace ReportingEngine.Documents.Tests.Markup;

public sealed class MarkupRoundTripTests
{
    private const string EveryElement = """
        <document kind="customer-notice" title="全部元素" id="RT-1" date="2026-11-20" lang="zh-CN">
          <info author="示例物业服务中心" subject="1栋 3-302"/>
          <header><p style="kind-label" align="left">页眉</p></header>
          <footer><p style="footer">第 <page/> 页 共 <pages/> 页</p></footer>
          <watermark>受控 No. 2026-001</watermark>
          <h1 title="true" bookmark="top">标题</h1>
          <heading level="3" style="body" align="center">三级</heading>
          <h2 style="kind-label">二级</h2>
          <p style="salutation" align="right" role="posting-date" keep-with-next="true">普通<b>粗体</b><u>下划线</u><span style="emphasis">强调</span><br/>第二行</p>
          <p><checkbox checked="true"/> 同意 <checkbox/> 不同意 签名<blank chars="8"/></p>
          <table columns="3,5,2" header-rows="1" borders="outer" style="table">
            <tr cant-split="false"><td colspan="2" align="left" valign="top" shading="f2f2f2">合并</td><td rowspan="2">纵</td></tr>
            <tr><td><p style="body">段一</p><p>段二</p></td><td valign="bottom">b</td></tr>
          </table>
          <image src="wide.png" width-mm="80" align="center" alt="示意图"/>
          <image src="seal.png" height-mm="40" placement="over-previous" seal="true"/>
          <qr size-mm="30" align="right" caption="扫码缴费">https://example.invalid/pay?unit=1-302&amp;m=2026-11</qr>
          <chart kind="bar" title="月度收缴率" width-mm="150" height-mm="60" axis-min="0" axis-max="100">
            <categories><c>九月</c><c>十月</c></categories>
            <series name="物业费"><v>92.5</v><v>95</v></series>
            <series name="停车费"><v>88</v><v>90.25</v></series>
          </chart>
          <keep-together><p>甲</p><p>乙</p></keep-together>
          <page-break/>
          <spacer pt="12.5"/>
          <bookmark name="annex" title="附件" level="2"/>
        </document>
        """;

    [Fact]
    public void Every_element_kind_parses_to_the_right_model()
    {
        var result = Notice.Parse(EveryElement);
        Assert.Empty(result.Diagnostics);
        var doc = Assert.IsType<Document>(result.Document);

        Assert.Equal(new DocumentInfo("全部元素", "zh-CN", "RT-1", new DateOnly(2026, 11, 20)) { Author = "示例物业服务中心", Subject = "1栋 3-302" }, doc.Info);
        Assert.Equal("受控 No. 2026-001", doc.Watermark);
        var header = Assert.IsType<Paragraph>(Assert.Single(doc.Header));
        Assert.Equal(("kind-label", TextAlignment.Left), (header.Style, header.Alignment!.Value));
        var footer = Assert.IsType<Paragraph>(Assert.Single(doc.Footer));
        Assert.Equal(
            [new TextRun("第 "), new FieldRun(FieldKind.Page), new TextRun(" 页 共 "), new FieldRun(FieldKind.Pages), new TextRun(" 页")],
            footer.Inlines);

        var body = doc.Body;
        Assert.Equal(14, body.Count);

        var title = Assert.IsType<Heading>(body[0]);
        Assert.Equal((1, "title", true, "top"), (title.Level, title.Style, title.IsTitle, title.Bookmark));
        Assert.Equal(new SourceSpan(Notice.File, 6, 3), title.Source);
        var h3 = Assert.IsType<Heading>(body[1]);
        Assert.Equal((3, "body", TextAlignment.Center, false), (h3.Level, h3.Style, h3.Alignment!.Value, h3.IsTitle));
        var h2 = Assert.IsType<Heading>(body[2]);
        Assert.Equal((2, "kind-label"), (h2.Level, h2.Style));

        var styled = Assert.IsType<Paragraph>(body[3]);
        Assert.Equal(("salutation", TextAlignment.Right, "posting-date", true), (styled.Style, styled.Alignment!.Value, styled.Role, styled.KeepWithNext));
        Assert.Equal(
            [
                new TextRun("普通"), new TextRun("粗体") { Bold = true }, new TextRun("下划线") { Underline = true },
                new TextRun("强调") { Style = "emphasis" }, new LineBreak(), new TextRun("第二行"),
            ],
            styled.Inlines);

        var form = Assert.IsType<Paragraph>(body[4]);
        Assert.Equal("body", form.Style);
        Assert.Equal(
            [new Checkbox(true), new TextRun(" 同意 "), new Checkbox(false), new TextRun(" 不同意 签名"), new Blank(8)],
            form.Inlines);

        var table = Assert.IsType<Table>(body[5]);
        Assert.Equal([3.0, 5.0, 2.0], table.Columns);
        Assert.Equal((1, TableBorders.Outer, "table"), (table.HeaderRows, table.Borders, table.Style));
        Assert.False(table.Rows[0].CantSplit);
        Assert.True(table.Rows[1].CantSplit);
        var merged = table.Rows[0].Cells[0];
        Assert.Equal((2, 1, TextAlignment.Left, VerticalAlignment.Top, "F2F2F2"), (merged.ColSpan, merged.RowSpan, merged.Alignment!.Value, merged.VerticalAlignment, merged.Shading));
        Assert.Equal("table", Assert.IsType<Paragraph>(Assert.Single(merged.Blocks)).Style);
        Assert.Equal(2, table.Rows[0].Cells[1].RowSpan);
        var paragraphs = table.Rows[1].Cells[0].Blocks.Cast<Paragraph>().ToList();
        Assert.Equal(["body", "table"], paragraphs.Select(p => p.Style));
        Assert.Equal(VerticalAlignment.Bottom, table.Rows[1].Cells[1].VerticalAlignment);

        var picture = Assert.IsType<Image>(body[6]);
        Assert.Equal((80.0, 40.0, TextAlignment.Center, ImagePlacement.Inline, false, "示意图"),
            (picture.WidthMm, picture.HeightMm, picture.Alignment, picture.Placement, picture.IsSeal, picture.Description));
        var seal = Assert.IsType<Image>(body[7]);
        Assert.Equal((40.0, 40.0, ImagePlacement.OverPrevious, true), (seal.WidthMm, seal.HeightMm, seal.Placement, seal.IsSeal));
        Assert.Equal(MemoryResources.Png(600, 600), seal.Png);

        var qr = Assert.IsType<QrCode>(body[8]);
        Assert.Equal(("https://example.invalid/pay?unit=1-302&m=2026-11", 30.0, TextAlignment.Right, "扫码缴费"), (qr.Payload, qr.SizeMm, qr.Alignment, qr.Caption));

        var chart = Assert.IsType<Chart>(body[9]);
        Assert.Equal((ChartKind.Bar, "月度收缴率", 150.0, 60.0, 0.0, 100.0), (chart.Kind, chart.Title, chart.WidthMm!.Value, chart.HeightMm, chart.AxisMin!.Value, chart.AxisMax!.Value));
        Assert.Equal(["九月", "十月"], chart.Categories);
        Assert.Equal(["物业费", "停车费"], chart.Series.Select(s => s.Name));
        Assert.Equal([92.5, 95], chart.Series[0].Values);
        Assert.Equal([88, 90.25], chart.Series[1].Values);

        var group = Assert.IsType<KeepTogether>(body[10]);
        Assert.Equal(2, group.Blocks.Count);
        Assert.IsType<PageBreak>(body[11]);
        Assert.Equal(12.5, Assert.IsType<Spacer>(body[12]).HeightPt);
        var bookmark = Assert.IsType<Bookmark>(body[13]);
        Assert.Equal(("annex", "附件", 2), (bookmark.Name, bookmark.Title, bookmark.Level));
    }

    [Fact]
    public void Escaped_markup_characters_in_data_come_out_as_literal_text()
    {
        var result = Notice.Parse(Notice.Body("<p>业主 &lt;b&gt;&amp; {{x}}</p>"));

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(result.Document!.Body));
        Assert.Equal([new TextRun("业主 <b>& {{x}}")], paragraph.Inlines);
    }

    [Fact]
    public void An_image_with_one_dimension_keeps_its_aspect_ratio()
    {
        var result = Notice.Parse(Notice.Body("""<image src="wide.png" height-mm="25"/>"""));

        var image = Assert.IsType<Image>(Assert.Single(result.Document!.Body));
        Assert.Equal((50.0, 25.0), (image.WidthMm, image.HeightMm));
    }

    [Fact]
    public void A_document_type_declaration_is_refused_so_no_entity_can_be_expanded()
    {
        var result = Notice.Parse("""
            <!DOCTYPE document [<!ENTITY x "xxxxxxxxxx">]>
            <document title="T" id="X-1" date="2026-11-20"><p>&x;</p></document>
            """);

        Assert.Null(result.Document);
        Assert.Contains("malformed markup", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
