using ReportingEngine.Documents.Docx.Tests.Tools;
using Xunit.Abstractions;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

/// <summary>LibreOffice must open what we write (a second, independent consumer besides the validator).</summary>
public sealed class LibreOfficeTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("re-docx-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_200_row_table_splits_over_pages_with_its_header_on_each_page()
    {
        var docx = Path.Combine(_directory, "long-table.docx");
        File.WriteAllBytes(docx, DocxFile.Write(Samples.LongTable(200)));

        var pdf = LibreOffice.ConvertToPdf(docx, _directory, output);
        if (pdf is null)
        {
            return;
        }

        var pages = LibreOffice.PageCount(pdf, output);
        if (pages is null)
        {
            return;
        }

        output.WriteLine($"pages: {pages}");
        // 201 rows of one 10.5 pt line (14 to 24 pt a row with borders) on 700 pt of text height: 5 to 7 pages.
        Assert.InRange(pages.Value, 5, 7);
        var text = ExternalTool.PdfToText.TryRun(output, TimeSpan.FromSeconds(30), null, "-layout", pdf, "-")?.AssertSuccess();
        if (text is null)
        {
            return;
        }

        // pdftotext's spacing between CJK and Latin text varies; compare without whitespace.
        var pageTexts = text.StandardOutput.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => !string.IsNullOrWhiteSpace(p)).Select(Squeeze).ToList();
        Assert.Equal(pages.Value, pageTexts.Count);
        Assert.All(pageTexts, p => Assert.Contains("欠费金额（元）", p, StringComparison.Ordinal));
        for (var i = 0; i < pageTexts.Count; i++)
        {
            Assert.Contains($"第{i + 1}页共{pages.Value}页", pageTexts[i], StringComparison.Ordinal);
        }

        Assert.Contains("业主200", Squeeze(text.StandardOutput), StringComparison.Ordinal);
    }

    [Fact]
    public void The_rich_sample_converts_with_charts_seal_and_text()
    {
        var docx = Path.Combine(_directory, "rich.docx");
        File.WriteAllBytes(docx, DocxFile.Write(Samples.Rich()));

        var pdf = LibreOffice.ConvertToPdf(docx, _directory, output);
        if (pdf is null)
        {
            return;
        }

        var text = ExternalTool.PdfToText.TryRun(output, TimeSpan.FromSeconds(30), null, pdf, "-")?.AssertSuccess();
        if (text is null)
        {
            return;
        }

        var squeezed = Squeeze(text.StandardOutput);
        Assert.Contains("关于2026年冬季供暖费缴纳的通知", squeezed, StringComparison.Ordinal);
        Assert.Contains("各楼栋收缴率", squeezed, StringComparison.Ordinal);
        Assert.Contains("扫码缴费", squeezed, StringComparison.Ordinal);
        Assert.Contains("附：缴费网点", squeezed, StringComparison.Ordinal);
        Assert.Contains("第1页共", squeezed, StringComparison.Ordinal);

        var png = Environment.GetEnvironmentVariable("RE_DOCX_SAMPLE_PNG");
        if (!string.IsNullOrEmpty(png))
        {
            // Used on purpose to refresh docs/images/docx-sample-via-libreoffice.png.
            ExternalTool.PdfToPpm.TryRun(output, TimeSpan.FromSeconds(60), null, "-png", "-r", "60", pdf, png)?.AssertSuccess();
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
