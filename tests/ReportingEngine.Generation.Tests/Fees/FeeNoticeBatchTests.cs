using System.Globalization;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Fees;
using ReportingEngine.Generation.Register;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace ReportingEngine.Generation.Tests.Fees;

/// <summary>The monthly fee-notice batch on the sample estate, building C01-B09 (R-FEE-2, R-COL-2, R-COL-3).</summary>
public sealed class FeeNoticeBatchTests(FeeBatchFixture fixture, ITestOutputHelper output) : IClassFixture<FeeBatchFixture>
{
    [Fact]
    public void The_batch_succeeds_and_writes_one_pdf_and_one_docx_per_billed_unit()
    {
        Assert.True(fixture.First.Succeeded, string.Join("\n", fixture.First.Problems));
        Assert.Equal(24, fixture.First.UnitsBilled);
        Assert.Equal(24, fixture.First.NoticesWritten);
        var pdfs = Directory.GetFiles(fixture.BuildingFolder, "FN-*.pdf");
        var docx = Directory.GetFiles(fixture.BuildingFolder, "FN-*.docx");
        Assert.Equal(fixture.First.UnitsBilled, pdfs.Length);
        Assert.Equal(fixture.First.UnitsBilled, docx.Length);
        Assert.True(File.Exists(Path.Combine(fixture.BuildingFolder, "FNP-2026-10-C01-B09.pdf")));
        Assert.True(File.Exists(Path.Combine(fixture.BuildingFolder, "FNR-2026-10-C01-B09.pdf")));
        Assert.True(File.Exists(Path.Combine(fixture.BuildingFolder, "FNR-2026-10-C01-B09.docx")));
        Assert.Empty(Directory.GetFiles(fixture.BuildingFolder, "*.tmp"));
    }

    [Fact]
    public async Task Notices_follow_delivery_order_and_state_each_units_total_in_figures_and_capitals()
    {
        // R-FEE-2: every notice states the total due; R-COL-3: sealed. Checked on the text extracted from the PDF.
        var reader = EstateReaders.Create(fixture.Estate.Database);
        var source = new FeeNoticeSource(reader, FeeNoticeOptions.Default);
        var building = (await reader.GetBuildingsAsync(UnitScope.Building(FeeBatchFixture.BuildingId), CancellationToken.None)).Single();
        var community = (await reader.GetCommunitiesAsync(CancellationToken.None)).Single(c => c.Id == building.CommunityId);
        var data = await source.LoadAsync(null, community, building, FeeBatchFixture.Period, null, CancellationToken.None);
        var order = data.Notices.Select(n => (n.Unit.Floor, n.Unit.Room)).ToList();
        Assert.Equal(order.OrderBy(o => o.Floor).ThenBy(o => o.Room, StringComparer.Ordinal), order);
        foreach (var (unit, model) in data.Notices.Take(6))
        {
            var path = Path.Combine(fixture.BuildingFolder, $"FN-2026-10-{unit.Id}.pdf");
            var text = ExternalTool.TryRun(ExternalTool.PdfToText, output, "-layout", path, "-");
            if (text is null)
            {
                return;
            }

            Assert.Equal(0, text.ExitCode);
            Assert.Contains(model.TotalDue.ToString("#,##0.00", CultureInfo.InvariantCulture), text.StandardOutput, StringComparison.Ordinal);
            Assert.Contains(unit.Label, text.StandardOutput, StringComparison.Ordinal);
            Assert.Equal(model.CurrentAmount + model.ArrearsTotal, model.TotalDue);
        }
    }

    [Fact]
    public void Every_pdf_of_the_batch_passes_qpdf_check()
    {
        foreach (var path in Directory.GetFiles(fixture.BuildingFolder, "*.pdf"))
        {
            var result = ExternalTool.TryRun(ExternalTool.Qpdf, output, "--check", path);
            if (result is null)
            {
                return;
            }

            Assert.True(result.ExitCode == 0, $"{path}: {result.StandardOutput + result.StandardError}");
        }
    }

    [Fact]
    public async Task The_register_holds_the_sha256_of_every_file_written()
    {
        var entries = new List<RegisterEntry>();
        foreach (var kind in new[] { FeeNoticeBatch.NoticeKind, FeeNoticeBatch.PrintKind, FeeNoticeBatch.ReceiptsKind })
        {
            entries.AddRange((await fixture.Batch.Register.ListAsync(kind, "2026-10", CancellationToken.None))
                .Where(e => !e.ArchiveNumber.StartsWith("FN-TEST-", StringComparison.Ordinal)));
        }

        var files = Directory.GetFiles(fixture.BuildingFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, entries.Select(e => e.FileName).Order(StringComparer.Ordinal));
        foreach (var entry in entries)
        {
            var path = Path.Combine(fixture.BuildingFolder, entry.FileName);
            Assert.Equal(entry.FileSha256, await ContentHash.Sha256OfFileAsync(path, CancellationToken.None));
            Assert.Equal(new FileInfo(path).Length, entry.ByteCount);
            Assert.Equal("tests", entry.GeneratedBy);
            Assert.Equal(new DateTimeOffset(2026, 10, 14, 2, 0, 0, TimeSpan.Zero), entry.GeneratedAt);
            var verification = await fixture.Batch.Register.VerifyAsync(path, CancellationToken.None);
            Assert.True(verification.IsAuthentic);
            Assert.Contains(verification.Entries, e => e.ArchiveNumber == entry.ArchiveNumber);
        }
    }

    [Fact]
    public async Task A_second_run_of_a_finished_batch_writes_nothing_new()
    {
        var before = Directory.GetFiles(fixture.BuildingFolder).ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal);
        var second = await fixture.Batch.RunAsync(fixture.Request, null, CancellationToken.None);
        Assert.True(second.NothingNew, $"written {second.FilesWritten}: {string.Join("\n", second.Problems)}");
        Assert.Equal(24, second.NoticesUpToDate);
        Assert.Equal(before, Directory.GetFiles(fixture.BuildingFolder).ToDictionary(f => f, File.GetLastWriteTimeUtc, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_altered_file_is_not_authentic_and_is_rebuilt_by_the_next_run()
    {
        var path = Path.Combine(fixture.BuildingFolder, "FN-2026-10-C01-B09-0101.docx");
        var original = await File.ReadAllBytesAsync(path);
        var altered = (byte[])original.Clone();
        altered[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(path, altered);
        Assert.False((await fixture.Batch.Register.VerifyAsync(path, CancellationToken.None)).IsAuthentic);
        var rerun = await fixture.Batch.RunAsync(fixture.Request, null, CancellationToken.None);
        Assert.True(rerun.Succeeded);
        Assert.Equal(1, rerun.NoticesWritten);
        Assert.Equal(original, await File.ReadAllBytesAsync(path));
    }

    [Theory]
    [InlineData("FN-2026-10-C01-B09-0203")]
    [InlineData("FNP-2026-10-C01-B09")]
    [InlineData("FNR-2026-10-C01-B09")]
    public async Task Regeneration_rebuilds_the_registered_files_byte_for_byte(string archiveNumber)
    {
        var target = Path.Combine(fixture.Estate.Folder, "regenerated-" + archiveNumber);
        var result = await fixture.Batch.RegenerateAsync(archiveNumber, target, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        foreach (var file in result.Files)
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(fixture.BuildingFolder, Path.GetFileName(file))), await File.ReadAllBytesAsync(file));
        }
    }

    [Fact]
    public async Task Regeneration_refuses_when_the_template_changed_since()
    {
        var real = (await fixture.Batch.Register.FindAsync("FN-2026-10-C01-B09-0101", CancellationToken.None))[0];
        await fixture.Batch.Register.RecordAsync([real with { ArchiveNumber = "FN-TEST-TEMPLATE", TemplateVersion = new string('0', 64) }], CancellationToken.None);
        var result = await fixture.Batch.RegenerateAsync("FN-TEST-TEMPLATE", Path.Combine(fixture.Estate.Folder, "refused"), CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Contains("template 'fee-notice' changed", Assert.Single(result.Problems), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(fixture.Estate.Folder, "refused")));
    }

    [Fact]
    public async Task Regeneration_refuses_when_the_data_changed_since()
    {
        var real = (await fixture.Batch.Register.FindAsync("FN-2026-10-C01-B09-0101", CancellationToken.None))[0];
        await fixture.Batch.Register.RecordAsync([real with { ArchiveNumber = "FN-TEST-DATA", DataHash = new string('0', 64) }], CancellationToken.None);
        var result = await fixture.Batch.RegenerateAsync("FN-TEST-DATA", Path.Combine(fixture.Estate.Folder, "refused-data"), CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Contains("data behind this document changed", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("current", "report this as a determinism defect")]
    [InlineData("older", "generated by engine build 0.9.0+0123456789ab and this is")]
    [InlineData("unrecorded", "the engine build that wrote it is not known")]
    [InlineData("no-commit", "the engine build that wrote it is not known")]
    public async Task Regeneration_that_cannot_match_the_registered_bytes_says_which_engine_build_wrote_them(string build, string expected)
    {
        var real = (await fixture.Batch.Register.FindAsync("FN-2026-10-C01-B09-0101", CancellationToken.None)).Single(e => e.Format == "pdf");
        var archiveNumber = "FN-TEST-BUILD-" + build;
        var registered = build switch
        {
            "current" => EngineBuild.Current,
            "older" => "0.9.0+0123456789abcdef0123456789abcdef01234567",
            "no-commit" => "1.0.0",
            _ => null,
        };
        await fixture.Batch.Register.RecordAsync([real with { ArchiveNumber = archiveNumber, FileSha256 = new string('0', 64), EngineBuild = registered }], CancellationToken.None);

        var result = await fixture.Batch.RegenerateAsync(archiveNumber, Path.Combine(fixture.Estate.Folder, "differs-" + build), CancellationToken.None);

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith(archiveNumber + ".pdf: error: the rebuilt file differs from the registered one", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Theory]
    [InlineData("C99", null, "--community C99: error: no such community; the data has C01, C02, C03")]
    [InlineData(null, "C01-B99", "--building C01-B99: error: no such building")]
    [InlineData("C01", "C02-B01", "--building C02-B01: error: no such building in community C01")]
    public async Task An_unknown_community_or_building_is_named_with_what_the_data_has(string? community, string? building, string expected)
    {
        var result = await fixture.Batch.RunAsync(fixture.Request with { CommunityId = community, BuildingId = building, OutputFolder = Path.Combine(fixture.Estate.Folder, "unknown") }, null, CancellationToken.None);
        Assert.False(result.Succeeded);
        Assert.Equal(expected, Assert.Single(result.Problems));
        Assert.False(Directory.Exists(Path.Combine(fixture.Estate.Folder, "unknown")));
    }

    [Fact]
    public async Task Regeneration_of_an_unknown_archive_number_says_so()
    {
        var result = await fixture.Batch.RegenerateAsync("FN-1999-01-NOPE", Path.Combine(fixture.Estate.Folder, "nope"), CancellationToken.None);
        Assert.Equal("FN-1999-01-NOPE: error: this archive number is not in the output register", Assert.Single(result.Problems));
    }

    [Fact]
    public void The_print_file_has_one_bookmark_per_unit_in_delivery_order()
    {
        using var document = PdfDocument.Open(Path.Combine(fixture.BuildingFolder, "FNP-2026-10-C01-B09.pdf"));
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(24, bookmarks.Roots.Count);
        Assert.StartsWith("1-01", bookmarks.Roots[0].Title, StringComparison.Ordinal);
        Assert.True(document.NumberOfPages >= 24);
    }

    [Fact]
    public async Task The_receipt_sheet_lists_every_unit_with_its_amount_for_signature()
    {
        // R-COL-2: the signed sheet states period, amount and name.
        var path = Path.Combine(fixture.BuildingFolder, "FNR-2026-10-C01-B09.pdf");
        var text = ExternalTool.TryRun(ExternalTool.PdfToText, output, "-layout", path, "-");
        if (text is null)
        {
            return;
        }

        Assert.Contains("签收人签名", text.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("合计 24 户", text.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("2026年10月", text.StandardOutput, StringComparison.Ordinal);
        FeeDocx.AssertValid(await File.ReadAllBytesAsync(Path.ChangeExtension(path, ".docx")));
    }

    [Fact]
    public async Task Notice_docx_files_are_valid_open_xml()
    {
        FeeDocx.AssertValid(await File.ReadAllBytesAsync(Path.Combine(fixture.BuildingFolder, "FN-2026-10-C01-B09-0101.docx")));
    }
}
