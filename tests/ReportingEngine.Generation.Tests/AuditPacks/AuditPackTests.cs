using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportingEngine.Generation.AuditPacks;
using ReportingEngine.Generation.Register;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using Xunit.Abstractions;

namespace ReportingEngine.Generation.Tests.AuditPacks;

/// <summary>The audit pack of a sample community (issue 7): bookmarks, TOC page numbers, footers, qpdf, manifest, DOCX, determinism.</summary>
public sealed partial class AuditPackTests(AuditPackFixture fixture, ITestOutputHelper output) : IClassFixture<AuditPackFixture>
{
    private AuditPackResult Pack => fixture.Result;

    [Fact]
    public void The_pack_pdf_passes_qpdf_check()
    {
        var check = ExternalTool.TryRun(ExternalTool.Qpdf, output, "--check", Pack.PdfPath!);
        if (check is null)
        {
            return;
        }

        check.AssertSuccess();
    }

    [Fact]
    public void The_pack_has_one_top_level_bookmark_per_section_after_the_cover_and_contents()
    {
        using var pdf = PdfDocument.Open(Pack.PdfPath!);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.OfType<DocumentBookmarkNode>().ToList();
        Assert.Equal(Pack.Sections.Count + 2, roots.Count);
        Assert.Equal(1, roots[0].PageNumber);
        Assert.Equal("目　录", roots[1].Title);
        Assert.Equal(Pack.Sections.Select(s => s.Title), roots.Skip(2).Select(r => r.Title));
        Assert.Equal(8, Pack.Sections.Count);
    }

    [Fact]
    public void Every_contents_line_names_the_page_its_bookmark_points_to_and_that_page_holds_the_title()
    {
        using var pdf = PdfDocument.Open(Pack.PdfPath!);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var roots = bookmarks.Roots.OfType<DocumentBookmarkNode>().ToList();
        var tocText = Squash(pdf.GetPage(roots[1].PageNumber).Text + (roots[2].PageNumber > roots[1].PageNumber + 1 ? pdf.GetPage(roots[1].PageNumber + 1).Text : ""));
        foreach (var section in Pack.Sections)
        {
            var bookmark = roots.Single(r => r.Title == section.Title);
            Assert.Equal(section.StartPage, bookmark.PageNumber);

            // The TOC line: title, archive number, then the page number.
            var line = Regex.Match(tocText, Regex.Escape(Squash(section.Title)) + Regex.Escape(section.ArchiveNumber) + "(\\d+)");
            Assert.True(line.Success, $"no contents line for {section.Title} in: {tocText}");
            Assert.Equal(bookmark.PageNumber, int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture));

            Assert.Contains(Squash(section.Title), Squash(pdf.GetPage(bookmark.PageNumber).Text), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_contents_page_numbers_agree_with_pdftotext()
    {
        foreach (var section in Pack.Sections.Take(3))
        {
            var page = section.StartPage.ToString(CultureInfo.InvariantCulture);
            var text = ExternalTool.TryRun(ExternalTool.PdfToText, output, "-f", page, "-l", page, Pack.PdfPath!, "-");
            if (text is null)
            {
                return;
            }

            text.AssertSuccess();
            Assert.Contains(Squash(section.Title), Squash(text.StandardOutput), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Footer_numbers_run_on_across_the_pack_and_the_total_is_the_page_count()
    {
        using var pdf = PdfDocument.Open(Pack.PdfPath!);
        Assert.Equal(Pack.TotalPages, pdf.NumberOfPages);

        // The cover carries no footer; every other page says 第 X 页 共 N 页 with X its own number.
        foreach (var page in pdf.GetPages().Skip(1))
        {
            var footer = FooterNumbers().Match(Squash(page.Text));
            Assert.True(footer.Success, $"page {page.Number} has no footer");
            Assert.Equal(page.Number, int.Parse(footer.Groups[1].Value, CultureInfo.InvariantCulture));
            Assert.Equal(pdf.NumberOfPages, int.Parse(footer.Groups[2].Value, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void The_cover_shows_the_range_the_date_from_the_request_and_the_confidential_marking()
    {
        // R-ACC-1: dossiers are company level-1 confidential.
        using var pdf = PdfDocument.Open(Pack.PdfPath!);
        var cover = Squash(pdf.GetPage(1).Text);
        Assert.Contains("公司一级机密·受控", cover, StringComparison.Ordinal);
        Assert.Contains("2026年1月1日至2026年6月30日", cover, StringComparison.Ordinal);
        Assert.Contains("生成日期：2026年6月30日", cover, StringComparison.Ordinal);
        Assert.Contains(Pack.ArchiveNumber, cover, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_manifest_hashes_match_the_files_in_the_zip_and_the_register()
    {
        using var zip = ZipFile.OpenRead(Pack.ZipPath!);
        using var manifest = JsonDocument.Parse(Read(zip, "manifest.json"));
        var documents = manifest.RootElement.GetProperty("documents").EnumerateArray().ToList();
        var packFiles = manifest.RootElement.GetProperty("pack").EnumerateArray().ToList();
        Assert.Equal(8, documents.Count);
        Assert.Equal(["pdf", "docx"], packFiles.Select(p => p.GetProperty("format").GetString()));
        foreach (var entry in documents.Concat(packFiles))
        {
            var file = entry.GetProperty("file").GetString()!;
            var sha = entry.GetProperty("sha256").GetString()!;
            Assert.Equal(sha, ContentHash.Sha256(Read(zip, file)));
            var registered = await fixture.Register.FindAsync(entry.GetProperty("archive_number").GetString()!, CancellationToken.None);
            Assert.Contains(registered, r => r.FileSha256 == sha);
        }

        Assert.Equal(ContentHash.Sha256(File.ReadAllBytes(Pack.PdfPath!)), packFiles[0].GetProperty("sha256").GetString());
        var text = System.Text.Encoding.UTF8.GetString(Read(zip, "manifest.txt"));
        Assert.All(documents, d => Assert.Contains(d.GetProperty("sha256").GetString()!, text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_zip_is_sorted_with_fixed_timestamps()
    {
        using var zip = ZipFile.OpenRead(Pack.ZipPath!);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 6, 30), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void The_docx_validates_and_holds_every_section_heading()
    {
        using var document = WordprocessingDocument.Open(Pack.DocxPath!, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).Take(10).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.All(Pack.Sections, s => Assert.Contains(s.Title, text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_docx_opens_in_libreoffice()
    {
        var folder = Path.Combine(fixture.Estate.Folder, "lo");
        Directory.CreateDirectory(folder);
        var pdf = LibreOffice.ConvertToPdf(Pack.DocxPath!, folder, output);
        if (pdf is null)
        {
            return;
        }

        Assert.True(LibreOffice.PageCount(pdf, output) > 8);
    }

    [Fact]
    public async Task The_same_data_gives_a_byte_identical_pack()
    {
        var again = await fixture.Packs.GenerateAsync(fixture.Request("second"), CancellationToken.None);
        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.Equal(File.ReadAllBytes(Pack.PdfPath!), File.ReadAllBytes(again.PdfPath!));
        Assert.Equal(File.ReadAllBytes(Pack.DocxPath!), File.ReadAllBytes(again.DocxPath!));
        Assert.Equal(File.ReadAllBytes(Pack.ZipPath!), File.ReadAllBytes(again.ZipPath!));
    }

    [Fact]
    public async Task An_unknown_community_is_an_error_and_nothing_is_written()
    {
        var folder = Path.Combine(fixture.Estate.Folder, "unknown");
        var result = await fixture.Packs.GenerateAsync(fixture.Request("unknown") with { CommunityId = "C99" }, CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.StartsWith("--community C99: error: no such community", StringComparison.Ordinal));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task An_inverted_range_is_an_error_and_nothing_is_written()
    {
        var result = await fixture.Packs.GenerateAsync(fixture.Request("inverted") with { From = new DateOnly(2026, 7, 1) }, CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Contains("--from is after --to", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(fixture.Estate.Folder, "inverted")));
    }

    [Fact]
    public async Task A_range_without_data_says_so_in_words_in_every_empty_section()
    {
        var result = await fixture.Packs.GenerateAsync(fixture.Request("empty") with { From = new DateOnly(2010, 1, 1), To = new DateOnly(2010, 3, 31) }, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        using var pdf = PdfDocument.Open(result.PdfPath!);
        var text = Squash(string.Concat(pdf.GetPages().Select(p => p.Text)));
        Assert.Contains("本期无重要事件记录", text, StringComparison.Ordinal);
        Assert.Contains("本期无投诉记录", text, StringComparison.Ordinal);
        Assert.Contains("无满意度调查数据", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dossier_section_counts_the_gaps_of_the_electronic_record_and_stale_vip_records()
    {
        // R-DOS-5, R-DOS-6: in the first half of 2026 C01's 12 VIP records (last updated 2026-10-31) count as current;
        // in a pack dated 5 January 2027 all 12 are more than a month old.
        Assert.Contains("电子档案基本资料齐全，重点业户资料均已建立并在一个月内更新（R-DOS-5、R-DOS-6）", SectionText(1), StringComparison.Ordinal);

        var later = await OtherPackSectionAsync(fixture.Request("later") with { From = new DateOnly(2026, 7, 1), To = new DateOnly(2026, 12, 31), AsOf = new DateOnly(2027, 1, 5) }, 1);
        Assert.Contains("1重点业户资料超过一个月未更新12R-DOS-6", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_section_judges_the_managers_monthly_visit_for_every_month_of_the_range()
    {
        // R-VIS-1: C01 had a manager visit in each month of 2026H1 (34 visits); C02 had none in January 2026.
        var text = SectionText(6);
        Assert.Contains("本期各月（按整月统计）走访业户34户次，服务中心经理参与6次；已结束的月份均有经理参与走访。", text, StringComparison.Ordinal);
        Assert.Contains("（四）业户走访（R-VIS-1）", text, StringComparison.Ordinal);

        var c02Text = await OtherPackSectionAsync(fixture.Request("c02") with { CommunityId = "C02", From = new DateOnly(2026, 1, 15), To = new DateOnly(2026, 3, 31) }, 6);
        Assert.Contains("1个月经理未参与走访，不符合R-VIS-1", c02Text, StringComparison.Ordinal);
        Assert.Contains("2026-01000不符合", c02Text, StringComparison.Ordinal);

        // A month not ended on the as-of day is not judged, and the summary says so instead of claiming every month was met.
        var openText = await OtherPackSectionAsync(fixture.Request("open") with { From = new DateOnly(2026, 10, 1), To = new DateOnly(2026, 11, 5) }, 6);
        Assert.Contains("已结束的月份均有经理参与走访；另有1个月未结束，不判定。", openText, StringComparison.Ordinal);
        Assert.Contains("本月未结束，不判定", openText, StringComparison.Ordinal);
    }

    [Fact]
    public void Major_events_of_earlier_periods_still_waiting_for_the_managers_review_are_listed()
    {
        // R-DOS-7: an event is archived only after the service-center manager's review; C01's 2021 major complaint never was.
        var text = SectionText(8);
        Assert.Contains("以前期间待审核的重要事件", text, StringComparison.Ordinal);
        Assert.Contains("2021-08-01重大投诉公共区域", text, StringComparison.Ordinal);
        Assert.Contains("待审核事件须经服务中心经理审核后方可归档", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_satisfaction_section_names_the_lowest_items_and_what_owners_praised_and_complained_of()
    {
        // R-SAT-4: the report gives what owners praised and the problems they raised, beside the scores.
        var text = SectionText(7);
        Assert.Contains("得分最低的项目", text, StringComparison.Ordinal);
        Assert.Contains("6.停车场管理人员服务", text, StringComparison.Ordinal);
        Assert.Contains("业户表扬及反映的问题", text, StringComparison.Ordinal);
        Assert.Matches("表扬日常管理\\d+", text);
        Assert.Matches("问题日常管理\\d+", text);
    }

    private string SectionText(int number) => SectionText(Pack, number);

    /// <summary>Generates another pack (another community, range or date) and returns one section's text.</summary>
    private async Task<string> OtherPackSectionAsync(AuditPackRequest request, int number)
    {
        var pack = await fixture.Packs.GenerateAsync(request, CancellationToken.None);
        Assert.True(pack.Succeeded, string.Join("\n", pack.Errors));
        return SectionText(pack, number);
    }

    private static string SectionText(AuditPackResult pack, int number)
    {
        using var pdf = PdfDocument.Open(pack.PdfPath!);
        var start = pack.Sections[number - 1].StartPage;
        var end = number < pack.Sections.Count ? pack.Sections[number].StartPage - 1 : pdf.NumberOfPages;
        return Squash(string.Concat(Enumerable.Range(start, end - start + 1).Select(p => pdf.GetPage(p).Text)));
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Squash(string text) => Whitespace().Replace(text, string.Empty);

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("第(\\d+)页共(\\d+)页")]
    private static partial Regex FooterNumbers();
}
