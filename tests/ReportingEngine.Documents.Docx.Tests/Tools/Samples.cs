using System.Globalization;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Docx.Tests.Tools;

/// <summary>Models built in code: a customer-notice profile (R-NOT-2) and documents that use every kind of block.</summary>
internal static class Samples
{
    public static readonly DateOnly NoticeDate = new(2026, 11, 15);

    private static readonly byte[] SealPng = TestPng.Seal();

    /// <summary>R-NOT-2: A4, left/right 1.5 cm, title 黑体 22 pt bold, body 宋体 12 pt, 1.5 line spacing.</summary>
    public static DocumentProfile NoticeProfile { get; } = new()
    {
        Kind = "customer-notice",
        Page = new PageSetup(210, 297, 25, 25, 15, 15),
        Styles = new Dictionary<string, TextStyle>
        {
            ["title"] = new("黑体", 22) { Bold = true, Alignment = TextAlignment.Center, SpaceAfterPt = 12, LineSpacing = 1.5 },
            ["heading1"] = new("黑体", 16) { Bold = true, Alignment = TextAlignment.Left, SpaceBeforePt = 6, SpaceAfterPt = 6 },
            ["body"] = new("宋体", 12) { LineSpacing = 1.5, FirstLineIndentChars = 2 },
            ["signoff"] = new("宋体", 12) { LineSpacing = 1.5, Alignment = TextAlignment.Right },
            ["table"] = new("宋体", 10.5) { Alignment = TextAlignment.Center },
            ["header"] = new("宋体", 9) { Alignment = TextAlignment.Center },
            ["footer"] = new("宋体", 9) { Alignment = TextAlignment.Center },
            ["caption"] = new("楷体", 10.5) { Alignment = TextAlignment.Center },
            ["amount"] = new("黑体", 12) { Bold = true },
        },
        SealRequired = true,
        RequiredRoles = ["posting-date", "validity"],
    };

    public static Document Rich(string title = "关于2026年冬季供暖费缴纳的通知") => new()
    {
        Profile = NoticeProfile,
        Info = new DocumentInfo(title, "zh-CN", "TZ-2026-001", NoticeDate) { Author = "幸福里物业服务中心", Subject = "1栋 2026-11" },
        Watermark = "受控 No. 2026-001",
        Header = [Para("header", Text("幸福里物业服务中心 · 对客通知"))],
        Footer = [Para("footer", Text("第 "), new FieldRun(FieldKind.Page), Text(" 页 共 "), new FieldRun(FieldKind.Pages), Text(" 页"))],
        Body =
        [
            new Heading(1, "title", [Text(title)]) { IsTitle = true, Alignment = TextAlignment.Center },
            Para("body", Text("尊敬的各位业主："), new LineBreak(), Text("您好！为保障冬季供暖，现将缴费事宜通知如下。本月应缴金额 "), new TextRun("¥1,234.50") { Style = "amount" }, Text(" 元，请于"), new TextRun("2026年11月30日") { Underline = true }, Text("前缴纳。")),
            new Heading(1, "heading1", [Text("一、缴费方式")]) { Bookmark = "payment-methods" },
            Para("body", new Checkbox(true), Text(" 前台缴费 "), new Checkbox(false), Text(" 线上缴费 签名："), new Blank(6)),
            new Bookmark("fee-table", "收费明细", 2),
            new Table(
                [2, 3, 2, 2],
                [
                    Row(Cell("房号") with { Shading = "F2F2F2" }, Cell("项目") with { Shading = "F2F2F2" }, Cell("面积") with { Shading = "F2F2F2" }, Cell("金额") with { Shading = "F2F2F2" }),
                    Row(Cell("1-101") with { RowSpan = 2, VerticalAlignment = VerticalAlignment.Center }, Cell("供暖费"), Cell("89.50"), Cell("2,148.00")),
                    Row(Cell("物业费"), Cell("89.50"), Cell("161.10")),
                    Row(Cell("合计") with { ColSpan = 3, Alignment = TextAlignment.Right }, Cell("2,309.10")),
                ])
            { HeaderRows = 1 },
            new KeepTogether(
            [
                Para("body", Text("以下为本季度收缴率：")),
                new Table([1, 1], [Row(Cell("季度"), Cell("收缴率")), Row(Cell("三季度"), Cell("96.2%"))]) { HeaderRows = 1, Borders = TableBorders.Outer },
            ]),
            new Chart(ChartKind.Bar, "各楼栋收缴率", ["1栋", "2栋", "3栋"], [new ChartSeries("十月", [95.5, 88, 91.25]), new ChartSeries("十一月", [96, 90.5, 93])]) { AxisMin = 50, AxisMax = 100, HeightMm = 60 },
            new Chart(ChartKind.Line, "月度报修量", ["9月", "10月", "11月"], [new ChartSeries("报修", [12, 18, 9])]) { HeightMm = 50, WidthMm = 120 },
            new Chart(ChartKind.Pie, "满意度构成", ["满意", "基本满意", "不满意"], [new ChartSeries("占比", [80, 15, 5])]) { HeightMm = 55, WidthMm = 100 },
            new QrCode("https://pay.example.cn/notice/TZ-2026-001?a=1&b=<2>", 25) { Alignment = TextAlignment.Center, Caption = "扫码缴费" },
            new Spacer(18),
            Para("body", Text("24小时服务电话：0571-88888888")) with { Role = "validity" },
            Para("signoff", Text("幸福里物业服务中心"), new LineBreak(), Text("2026年11月15日")) with { Role = "posting-date" },
            new Image(SealPng, 40, 40) { Placement = ImagePlacement.OverPrevious, Alignment = TextAlignment.Right, IsSeal = true, Description = "公章" },
            new PageBreak(),
            new Heading(1, "heading1", [Text("附：缴费网点")]),
            new Image(SealPng, 20, 20) { Alignment = TextAlignment.Center, Description = "logo" },
            Para("body", Text("一楼大堂前台。")),
        ],
    };

    /// <summary>A one-table document: one header row and <paramref name="rows"/> single-line data rows.</summary>
    public static Document LongTable(int rows)
    {
        var tableRows = new List<TableRow> { Row(Cell("序号"), Cell("房号"), Cell("业主"), Cell("欠费金额（元）")) };
        for (var i = 1; i <= rows; i++)
        {
            tableRows.Add(Row(
                Cell(i.ToString(CultureInfo.InvariantCulture)),
                Cell(string.Create(CultureInfo.InvariantCulture, $"{(i % 9) + 1}-{i:000}")),
                Cell("业主" + i.ToString(CultureInfo.InvariantCulture)),
                Cell((i * 12.5m).ToString("N2", CultureInfo.InvariantCulture))));
        }

        return new Document
        {
            Profile = NoticeProfile,
            Info = new DocumentInfo("欠费明细", "zh-CN", "QF-2026-11", NoticeDate),
            Footer = [Para("footer", Text("第 "), new FieldRun(FieldKind.Page), Text(" 页 共 "), new FieldRun(FieldKind.Pages), Text(" 页"))],
            Body = [new Heading(1, "title", [Text("欠费明细")]) { IsTitle = true }, new Table([1, 2, 3, 3], tableRows) { HeaderRows = 1 }],
        };
    }

    public static TextRun Text(string text) => new(text);

    public static Paragraph Para(string style, params Inline[] inlines) => new(style, inlines);

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableCell Cell(string text) => new([Para(string.Empty, Text(text))]);
}
