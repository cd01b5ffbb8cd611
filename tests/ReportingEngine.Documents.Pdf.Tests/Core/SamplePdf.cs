using ReportingEngine.Documents.Pdf.Drawing;

namespace ReportingEngine.Documents.Pdf.Tests.Core;

/// <summary>A one-page (plus one) PDF built straight through PdfBuilder with every feature the core offers.</summary>
internal static class SamplePdf
{
    public const string Title = "业户档案管理规定";
    public const string BodyLine = "业户档案管理规定：第一条，一户一档。";
    public const string SecondLine = "第二条（保管）：档案室应防火、防潮、防虫，温度14–24℃。";
    public const string LatinLine = "Fee notice No. 2026-0042 (R-NOT-1): ¥1,234.50";
    public const string Watermark = "内部资料";

    public static PdfMetadata Metadata { get; } = new(Title, "DOC-2026-0001", new DateOnly(2026, 11, 22))
    {
        Author = "客户服务部",
        Subject = "测试",
    };

    public static byte[] Build(bool secondPage = true)
    {
        var builder = new PdfBuilder();
        var page = builder.AddPage(595.28, 841.89);
        page.DrawText(TestFonts.Hei, 22, 72, 100, Title, new TextPaint { Bold = true });
        page.DrawText(TestFonts.Song, 12, 72, 140, BodyLine, TextPaint.Default);
        page.DrawText(TestFonts.Song, 12, 72, 160, SecondLine, new TextPaint { CharacterSpacing = 0.5 });
        page.DrawText(TestFonts.Hei, 10.5, 72, 180, LatinLine, new TextPaint { Color = RgbColor.FromHex("1F4E79") });
        page.DrawLine(72, 190, 523, 190, new StrokePaint(0.75));
        page.DrawLine(72, 195, 523, 195, new StrokePaint(0.5) { Dash = (3, 2), Color = RgbColor.FromHex("808080") });
        page.DrawRectangle(72, 210, 200, 40, RgbColor.FromHex("DDEEFF"), new StrokePaint(1));
        page.DrawRectangle(290, 210, 60, 40, RgbColor.FromHex("FFCC00"), null);
        var pie = new PathGeometry().MoveTo(450, 260).LineTo(500, 260).CurveTo(500, 232, 478, 210, 450, 210).Close();
        page.DrawPath(pie, RgbColor.FromHex("C00000"), new StrokePaint(0.5));
        page.DrawImage(TestPng.RedDisc(120), 380, 300, 120, 120);
        page.DrawText(TestFonts.Hei, 60, 150, 650, Watermark, new TextPaint { RotationDegrees = 30, Opacity = 0.25, Color = RgbColor.FromHex("999999") });
        builder.AddOutline(Title, 1, 0, 80);
        builder.AddOutline("第一条", 2, 0, 130);
        if (secondPage)
        {
            var second = builder.AddPage(595.28, 841.89);
            second.DrawText(TestFonts.Song, 12, 72, 100, "第二页：印章重复出现。", TextPaint.Default);
            second.DrawImage(TestPng.RedDisc(120), 380, 300, 120, 120, opacity: 0.8);
            builder.AddOutline("第二页", 1, 1, 90);
        }

        using var output = new MemoryStream();
        builder.Save(output, Metadata);
        return output.ToArray();
    }

    public static string WriteTemp(byte[] pdf, string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "re-pdf-core-tests");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
