using System.Text.RegularExpressions;
using ReportingEngine.Documents.Model;
using Xunit;
using Xunit.Abstractions;

namespace ReportingEngine.Documents.Pdf.Tests.Writer;

/// <summary>End to end with the real builder and system fonts, checked by qpdf and poppler.</summary>
public sealed partial class PdfWriterTests(ITestOutputHelper output) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("re-pdf-writer-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(Document document, string name)
    {
        var path = Path.Combine(directory, name);
        using (var file = File.Create(path))
        {
            new PdfDocumentWriter().Write(document, file);
        }

        return path;
    }

    /// <summary>Text of each page (pdftotext splits pages with form feeds); null when the tool is missing and allowed.</summary>
    private string[]? Pages(string pdf)
    {
        var result = ExternalTool.TryRun(ExternalTool.PdfToText, output, "-layout", "-enc", "UTF-8", pdf, "-");
        if (result is null)
        {
            return null;
        }

        result.AssertSuccess();
        return result.StandardOutput.Split('\f').SkipLast(1).ToArray();
    }

    [Fact]
    public void A_notice_passes_qpdf_check()
    {
        var pdf = Write(SampleDocuments.Notice("受控 No. 2026-001"), "notice.pdf");
        var result = ExternalTool.TryRun(ExternalTool.Qpdf, output, "--check", pdf);
        if (result is null)
        {
            return;
        }

        result.AssertSuccess();
        Assert.Contains("No syntax or stream encoding errors", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_font_of_a_notice_is_an_embedded_subset()
    {
        var pdf = Write(SampleDocuments.Notice(), "fonts.pdf");
        var result = ExternalTool.TryRun(ExternalTool.PdfFonts, output, pdf);
        if (result is null)
        {
            return;
        }

        result.AssertSuccess();
        var rows = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.True(rows.Count >= 2, result.StandardOutput); // 黑体 and 宋体 stand-ins
        foreach (var row in rows)
        {
            Assert.Matches("^[A-Z]{6}\\+", row);
            Assert.Matches(" yes yes yes ", row); // emb sub uni
        }
    }

    [Fact]
    public void The_text_of_a_notice_extracts_exactly_in_reading_order()
    {
        var pages = Pages(Write(SampleDocuments.Notice("受控 No. 2026-001"), "text.pdf"));
        if (pages is null)
        {
            return;
        }

        var page = Assert.Single(pages);
        var flat = Squash(page);
        var expected = new[]
        {
            "关于暂停供水的通知", "尊敬的各位业主：", SampleDocuments.Body1, SampleDocuments.Body2,
            "区域停水时间备注", "1栋、2栋9:00—12:00高区", "阳光花园物业服务中心", "2026年11月15日", "扫码查看详情", "第1页共1页",
        };
        var position = 0;
        foreach (var part in expected)
        {
            var found = flat.IndexOf(Squash(part), position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' not found in reading order after position {position} in:\n{page}");
            position = found + Squash(part).Length;
        }
    }

    [Fact]
    public void A_table_of_200_rows_has_its_header_and_page_x_of_y_on_every_page_and_no_line_starts_with_a_comma()
    {
        var pages = Pages(Write(SampleDocuments.LongTable(200), "table.pdf"));
        if (pages is null)
        {
            return;
        }

        Assert.True(pages.Length >= 4, $"{pages.Length} pages");
        var rows = new List<int>();
        for (var p = 0; p < pages.Length; p++)
        {
            var flat = Squash(pages[p]);
            Assert.Contains("序号房号业主欠费金额（元）", flat, StringComparison.Ordinal);
            Assert.Contains($"第{p + 1}页共{pages.Length}页", flat, StringComparison.Ordinal);
            rows.AddRange(RowNumber().Matches(pages[p]).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(Enumerable.Range(1, 200), rows);
    }

    [Fact]
    public void No_extracted_line_of_long_paragraphs_begins_with_a_comma_or_full_stop()
    {
        var random = new Random(7);
        var words = new[] { "物业", "服务", "中心", "，", "。", "业主", "缴费", "（", "通知", "）", "请", "于", "2026-11-30", "前", "办理", "、", "谢谢" };
        var body = new List<Block>();
        for (var i = 0; i < 40; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(20, 90)).Select(_ => words[random.Next(words.Length)]));
            text = text.Replace("，，", "，", StringComparison.Ordinal).Replace("。。", "。", StringComparison.Ordinal).TrimStart('，', '。', '、', '）').TrimEnd('（');
            body.Add(new Paragraph("body", [new TextRun(text)])); // a paragraph may not start with punctuation either
        }

        var document = SampleDocuments.Notice() with { Body = body, Watermark = null };
        var pages = Pages(Write(document, "kinsoku.pdf"));
        if (pages is null)
        {
            return;
        }

        var previous = string.Empty;
        foreach (var line in pages.SelectMany(p => p.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Assert.False(line.StartsWith('，') || line.StartsWith('。'), $"line begins with punctuation: {line} (after {previous})");
            Assert.False(line.EndsWith('（'), $"line ends with an opening bracket: {line}");
            previous = line;
        }
    }

    [Fact]
    public void The_same_model_renders_byte_identical_files()
    {
        var first = File.ReadAllBytes(Write(SampleDocuments.Notice("受控 No. 2026-001"), "a.pdf"));
        var second = File.ReadAllBytes(Write(SampleDocuments.Notice("受控 No. 2026-001"), "b.pdf"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_merged_print_file_passes_qpdf_and_numbers_each_notice_from_one()
    {
        var path = Path.Combine(directory, "merged.pdf");
        using (var file = File.Create(path))
        {
            var notices = Enumerable.Range(1, 5).Select(i => new MergedDocument(SampleDocuments.Notice(), $"通知 {i}")).ToList();
            new PdfDocumentWriter().WriteMerged(notices, file);
        }

        var check = ExternalTool.TryRun(ExternalTool.Qpdf, output, "--check", path);
        if (check is null)
        {
            return;
        }

        check.AssertSuccess();
        var pages = Pages(path)!;
        Assert.Equal(5, pages.Length);
        Assert.All(pages, p => Assert.Contains("第1页共1页", Squash(p), StringComparison.Ordinal));
    }

    private static string Squash(string text) => Whitespace().Replace(text, string.Empty);

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("^\\s*(\\d+)\\s+\\d+栋", RegexOptions.Multiline)]
    private static partial Regex RowNumber();
}
