using System.Diagnostics;
using ReportingEngine.Documents.Pdf.Drawing;
using Xunit;
using Xunit.Abstractions;

namespace ReportingEngine.Documents.Pdf.Tests.Core;

/// <summary>A merged print file: many pages, one seal image, two fonts shared by all pages.</summary>
public sealed class LongDocumentTests(ITestOutputHelper output)
{
    private const int Pages = 300;

    [Fact]
    public void A_300_page_file_keeps_only_compressed_pages_and_passes_qpdf()
    {
        var seal = TestPng.RedDisc(120);
        var builder = new PdfBuilder();
        var canvases = new List<PdfCanvas>();
        var stopwatch = Stopwatch.StartNew();
        for (var p = 0; p < Pages; p++)
        {
            var page = (PdfCanvas)builder.AddPage(595.28, 841.89);
            canvases.Add(page);
            page.DrawText(TestFonts.Hei, 22, 150, 90, $"缴费通知书 第{p + 1}份", new TextPaint { Bold = true });
            for (var line = 0; line < 20; line++)
            {
                page.DrawText(TestFonts.Song, 12, 72, 140 + (line * 18), $"业户档案管理规定：第{line + 1}条，一户一档，共{p + 1}户。", TextPaint.Default);
            }

            page.DrawImage(seal, 380, 600, 120, 120);
            builder.AddOutline($"第{p + 1}份", 1, p, 80);
        }

        // Every page but the last is already compressed (bounded memory while the file grows).
        Assert.All(canvases.Take(Pages - 1), c => Assert.Single(c.ContentChunks));
        using var stream = new MemoryStream();
        builder.Save(stream, SamplePdf.Metadata);
        stopwatch.Stop();
        output.WriteLine($"{Pages} pages: {stream.Length / 1024} KB in {stopwatch.ElapsedMilliseconds} ms");
        Assert.True(stream.Length < Pages * 6_000, $"{stream.Length} bytes"); // the seal and fonts are stored once

        var path = SamplePdf.WriteTemp(stream.ToArray(), "long.pdf");
        var check = ExternalTool.TryRun(ExternalTool.Qpdf, output, "--check", path);
        if (check is null)
        {
            return;
        }

        check.AssertSuccess();
        var info = ExternalTool.TryRun(ExternalTool.PdfInfo, output, path)!.AssertSuccess();
        Assert.Matches($@"Pages:\s+{Pages}\b", info.StandardOutput);
        var last = ExternalTool.TryRun(ExternalTool.PdfToText, output, "-f", $"{Pages}", "-l", $"{Pages}", "-enc", "UTF-8", path, "-")!.AssertSuccess();
        Assert.Contains($"缴费通知书 第{Pages}份", last.StandardOutput, StringComparison.Ordinal);
    }
}
