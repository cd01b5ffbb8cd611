using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Layout;
using ReportingEngine.Documents.Pdf.Layout.Ops;
using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Pdf.Tests.Layout.Fakes;

/// <summary>Builds test documents and reads plans back as text.</summary>
internal static class Docs
{
    /// <summary>A notice-like profile (R-NOT-2): title 黑体 22 bold, body 宋体 12 at 1.5 spacing, A4 with 20 mm side margins.</summary>
    public static DocumentProfile Profile(double bodyIndentChars = 0, TextAlignment bodyAlignment = TextAlignment.Justify) => new()
    {
        Kind = "test-notice",
        Page = PageSetup.A4Portrait,
        Styles = new Dictionary<string, TextStyle>(StringComparer.Ordinal)
        {
            ["title"] = new("黑体", 22) { Bold = true, Alignment = TextAlignment.Center, LineSpacing = 1.5, SpaceAfterPt = 12 },
            ["heading1"] = new("黑体", 16) { Bold = true, LineSpacing = 1.5, Alignment = TextAlignment.Left },
            ["body"] = new("宋体", 12) { LineSpacing = 1.5, Alignment = bodyAlignment, FirstLineIndentChars = bodyIndentChars },
            ["table"] = new("宋体", 10.5) { LineSpacing = 1.2, Alignment = TextAlignment.Left },
            ["footer"] = new("宋体", 9) { Alignment = TextAlignment.Center },
            ["signoff"] = new("宋体", 12) { LineSpacing = 1.5, Alignment = TextAlignment.Right },
        },
    };

    public static Document Document(IReadOnlyList<Block> body, IReadOnlyList<Block>? footer = null, string? watermark = null, DocumentProfile? profile = null) => new()
    {
        Profile = profile ?? Profile(),
        Info = new DocumentInfo("测试文档", "zh-CN", "TEST-001", new DateOnly(2026, 11, 15)),
        Body = body,
        Footer = footer ?? [],
        Watermark = watermark,
    };

    public static Paragraph Para(string text, string style = "body") => new(style, [new TextRun(text)]);

    /// <summary>The standard footer "第 X 页 共 Y 页".</summary>
    public static IReadOnlyList<Block> PageFooter() =>
    [
        new Paragraph("footer", [new TextRun("第 "), new FieldRun(FieldKind.Page), new TextRun(" 页 共 "), new FieldRun(FieldKind.Pages), new TextRun(" 页")]),
    ];

    public static LayoutPlan Plan(Document document, FakeFontProvider? fonts = null) =>
        DocumentLayout.Plan(document, fonts ?? FakeFontProvider.Default, CancellationToken.None);

    /// <summary>The page's text lines, top to bottom: text ops grouped by baseline, ordered by x.</summary>
    public static List<string> Lines(PlannedPage page) =>
        page.Ops.OfType<TextOp>()
            .Where(t => t.Paint.RotationDegrees == 0)
            .GroupBy(t => Math.Round(t.Baseline, 2))
            .OrderBy(g => g.Key)
            .Select(g => string.Concat(g.OrderBy(t => t.X).Select(t => t.Text)))
            .ToList();

    public static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell([new Paragraph("", [new TextRun(c)])])).ToList());
}
