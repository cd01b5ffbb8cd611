using UglyToad.PdfPig;
using Xunit;
using Xunit.Abstractions;

namespace ReportingEngine.Documents.Pdf.Tests.Core;

/// <summary>The PDF core checked by the outside world: qpdf, poppler and PdfPig.</summary>
public sealed class PdfBuilderToolTests(ITestOutputHelper output)
{
    private static readonly Lazy<byte[]> Sample = new(() => SamplePdf.Build());

    [Fact]
    public void Qpdf_finds_no_structural_problem()
    {
        var path = SamplePdf.WriteTemp(Sample.Value, "qpdf-check.pdf");
        var result = ExternalTool.TryRun(ExternalTool.Qpdf, output, "--check", path);
        if (result is null)
        {
            return;
        }

        output.WriteLine(result.StandardOutput);
        result.AssertSuccess();
        Assert.Contains("No syntax or stream encoding errors", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", result.StandardOutput + result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdffonts_lists_only_embedded_subset_CID_TrueType_fonts()
    {
        var path = SamplePdf.WriteTemp(Sample.Value, "pdffonts.pdf");
        var result = ExternalTool.TryRun(ExternalTool.PdfFonts, output, path);
        if (result is null)
        {
            return;
        }

        output.WriteLine(result.AssertSuccess().StandardOutput);
        var rows = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.Equal(2, rows.Count);
        foreach (var row in rows)
        {
            Assert.Matches(@"^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", row);
        }

        Assert.Contains(rows, r => r.Contains("+WenQuanYiZenHei", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("+UMingCN", StringComparison.Ordinal));
    }

    [Fact]
    public void Pdftotext_returns_the_exact_Chinese_text()
    {
        var path = SamplePdf.WriteTemp(Sample.Value, "pdftotext.pdf");
        var result = ExternalTool.TryRun(ExternalTool.PdfToText, output, "-raw", "-enc", "UTF-8", path, "-");
        if (result is null)
        {
            return;
        }

        var text = result.AssertSuccess().StandardOutput;
        output.WriteLine(text);
        Assert.Contains(SamplePdf.Title, text, StringComparison.Ordinal);
        Assert.Contains(SamplePdf.BodyLine, text, StringComparison.Ordinal);
        Assert.Contains(SamplePdf.SecondLine, text, StringComparison.Ordinal);
        Assert.Contains(SamplePdf.LatinLine, text, StringComparison.Ordinal);
        // pdftotext prints rotated text one glyph per line; the letters stay in order.
        Assert.Contains(SamplePdf.Watermark, string.Concat(text.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
        Assert.Contains("第二页：印章重复出现。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdfinfo_shows_title_dates_and_page_count_from_the_metadata()
    {
        var path = SamplePdf.WriteTemp(Sample.Value, "pdfinfo.pdf");
        var result = ExternalTool.TryRun(ExternalTool.PdfInfo, output, "-isodates", path);
        if (result is null)
        {
            return;
        }

        var text = result.AssertSuccess().StandardOutput;
        output.WriteLine(text);
        Assert.Matches(@"Title:\s+业户档案管理规定", text);
        Assert.Matches(@"Author:\s+客户服务部", text);
        Assert.Matches(@"Producer:\s+ReportingEngine", text);
        Assert.Matches(@"CreationDate:\s+2026-11-22T00:00:00\+08", text);
        Assert.Matches(@"Pages:\s+2", text);
    }

    [Fact]
    public void PdfPig_reads_the_same_letters_and_the_outline_titles()
    {
        using var document = PdfDocument.Open(Sample.Value);
        var letters = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains(SamplePdf.BodyLine, letters, StringComparison.Ordinal);
        Assert.Contains(SamplePdf.SecondLine, letters, StringComparison.Ordinal);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var top = bookmarks.Roots.Select(r => r.Title).ToList();
        Assert.Equal([SamplePdf.Title, "第二页"], top);
        Assert.Equal(["第一条"], bookmarks.Roots[0].Children.Select(c => c.Title));
        Assert.Equal(SamplePdf.Title, document.Information.Title);
    }

    [Fact]
    public void The_rendered_page_shows_ink_where_text_and_the_seal_are()
    {
        var path = SamplePdf.WriteTemp(Sample.Value, "render.pdf");
        var prefix = Path.Combine(Path.GetDirectoryName(path)!, "render");
        var result = ExternalTool.TryRun(ExternalTool.PdfToPpm, output, "-png", "-r", "80", "-f", "1", "-l", "1", path, prefix);
        if (result is null)
        {
            return;
        }

        result.AssertSuccess();
        var png = Directory.GetFiles(Path.GetDirectoryName(path)!, "render-*1.png").Single();
        output.WriteLine($"rendered to {png}");
        var image = ReportingEngine.Documents.Pdf.Imaging.PngDecoder.Decode(File.ReadAllBytes(png));
        // The seal's ring at (380..500, 300..420) pt is red; the page corner is white.
        var scale = 80 / 72.0;
        var (r, g, b) = Pixel(image, (int)(440 * scale), (int)((360 - 48) * scale));
        Assert.True(r > 180 && g < 120 && b < 120, $"expected the red seal ring, got {r},{g},{b}");
        Assert.Equal((255, 255, 255), Pixel(image, 5, 5));
        // Title glyphs leave dark pixels on the title line.
        var titleRow = (int)(95 * scale);
        var dark = Enumerable.Range((int)(72 * scale), (int)(200 * scale)).Count(x => Pixel(image, x, titleRow).R < 100);
        Assert.True(dark > 10, $"expected title ink on row {titleRow}, found {dark} dark pixels");
    }

    private static (int R, int G, int B) Pixel(ReportingEngine.Documents.Pdf.Imaging.DecodedImage image, int x, int y)
    {
        var i = ((y * image.Width) + x) * image.Components;
        return image.Components == 3 ? (image.Pixels[i], image.Pixels[i + 1], image.Pixels[i + 2]) : (image.Pixels[i], image.Pixels[i], image.Pixels[i]);
    }
}
