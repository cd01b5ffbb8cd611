using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Pdf.Tests.Writer;

/// <summary>Realistic documents for the end-to-end PDF tests.</summary>
internal static class SampleDocuments
{
    public const string Body1 = "因小区二次供水设施年度清洗消毒，定于2026年11月20日（星期五）9:00至17:00暂停供水。请各位业主提前做好储水准备，给您带来的不便，敬请谅解！";
    public const string Body2 = "如有疑问，请致电物业服务中心（电话：0755-1234-5678），或到1栋3-302前台咨询。本月物业管理费标准为2.50元/平方米·月，合计1,234.50元。";

    /// <summary>A notice profile following R-NOT-2: title 黑体 22 pt bold, body 宋体 12 pt at 1.5 spacing.</summary>
    public static DocumentProfile Profile { get; } = new()
    {
        Kind = "customer-notice",
        Page = new PageSetup(210, 297, 25, 25, 15, 15),
        Styles = new Dictionary<string, TextStyle>(StringComparer.Ordinal)
        {
            ["title"] = new("黑体", 22) { Bold = true, Alignment = TextAlignment.Center, LineSpacing = 1.5, SpaceAfterPt = 12 },
            ["heading1"] = new("黑体", 14) { Bold = true, Alignment = TextAlignment.Left, LineSpacing = 1.5, SpaceBeforePt = 6 },
            ["body"] = new("宋体", 12) { LineSpacing = 1.5, FirstLineIndentChars = 2 },
            ["signoff"] = new("宋体", 12) { LineSpacing = 1.5, Alignment = TextAlignment.Right },
            ["table"] = new("宋体", 10.5) { LineSpacing = 1.2, Alignment = TextAlignment.Left },
            ["footer"] = new("宋体", 9) { Alignment = TextAlignment.Center },
        },
    };

    public static byte[] Seal()
    {
        var path = FindAbove(AppContext.BaseDirectory) ?? FindAbove(Environment.CurrentDirectory);
        return path is not null
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException("templates/_assets/seal-sample.png not found above the test or current directory");
    }

    private static string? FindAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "templates", "_assets", "seal-sample.png");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    public static IReadOnlyList<Block> Footer() =>
    [
        new Paragraph("footer", [new TextRun("第 "), new FieldRun(FieldKind.Page), new TextRun(" 页 共 "), new FieldRun(FieldKind.Pages), new TextRun(" 页")]),
    ];

    public static Document Notice(string? watermark = null) => new()
    {
        Profile = Profile,
        Info = new DocumentInfo("关于暂停供水的通知", "zh-CN", "NOTICE-2026-11-001", new DateOnly(2026, 11, 15)),
        Watermark = watermark,
        Footer = Footer(),
        Body =
        [
            new Heading(1, "title", [new TextRun("关于暂停供水的通知")]) { IsTitle = true },
            new Paragraph("body", [new TextRun("尊敬的各位业主：")]) { Alignment = TextAlignment.Left },
            new Paragraph("body", [new TextRun(Body1)]),
            new Paragraph("body", [new TextRun(Body2)]),
            new Table([2, 3, 2],
            [
                new TableRow([Cell("区域"), Cell("停水时间"), Cell("备注")]),
                new TableRow([Cell("1栋、2栋"), Cell("9:00—12:00"), Cell("高区")]),
                new TableRow([Cell("3栋"), Cell("13:00—17:00"), Cell("全楼")]),
            ]) { HeaderRows = 1 },
            new Spacer(24),
            new Paragraph("signoff", [new TextRun("阳光花园物业服务中心")]),
            new Image(Seal(), 40, 40) { Placement = ImagePlacement.OverPrevious, Alignment = TextAlignment.Right, IsSeal = true },
            new Paragraph("signoff", [new TextRun("2026年11月15日")]) { Role = "posting-date" },
            new QrCode("https://pay.example.com/n/2026-11/3-302", 25) { Caption = "扫码查看详情", Alignment = TextAlignment.Left },
        ],
    };

    public static Document LongTable(int rows) => new()
    {
        Profile = Profile,
        Info = new DocumentInfo("欠费明细", "zh-CN", "ARREARS-2026-11", new DateOnly(2026, 11, 30)),
        Footer = Footer(),
        Body =
        [
            new Heading(1, "title", [new TextRun("欠费明细表")]) { IsTitle = true },
            new Table([1, 2, 2, 1.5],
            [
                new TableRow([Cell("序号"), Cell("房号"), Cell("业主"), Cell("欠费金额（元）")]) ,
                .. Enumerable.Range(1, rows).Select(i => new TableRow([Cell(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Cell($"{(i % 9) + 1}栋{i % 30 + 1}-{i % 4 + 1}0{i % 3 + 1}"), Cell($"业主{i}"), Cell((i * 37.5m).ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture))])),
            ]) { HeaderRows = 1 },
        ],
    };

    private static TableCell Cell(string text) => new([new Paragraph("", [new TextRun(text)])]);
}
