using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Service;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Generation.Service;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace ReportingEngine.Generation.Tests.Service;

public sealed class ServiceDocumentsTests(ServiceEstateFixture estate, ITestOutputHelper output) : IClassFixture<ServiceEstateFixture>
{
    // September 2026 in C01 holds an unanswered general complaint, late general and important ones (sample-data/complaints.csv).
    private static readonly BillingPeriod September = new(2026, 9);

    private ServiceJob Job(string? community, BillingPeriod month, params string[] formats) => new()
    {
        CommunityId = community,
        Month = month,
        OutputFolder = estate.NewOutputFolder(),
        Formats = formats.Length == 0 ? ["pdf"] : formats,
    };

    [Fact]
    public async Task The_complaint_summary_prints_the_domains_on_time_rates_and_every_breach_with_its_id()
    {
        // R-CMP-1: monthly summary, rates computed from the timestamps
        var result = await estate.Documents.ComplaintSummaryAsync(Job("C01", September, "pdf", "docx"), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var summary = await ComplaintsAsync("C01", September);
        Assert.NotEmpty(summary.Breaches);
        var text = PdfText(result.Files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Contains(Text($"本月受理投诉{summary.Total}件"), text, StringComparison.Ordinal);
        Assert.Contains(Text($"按时处理率{Percent(summary.OnTime)}"), text, StringComparison.Ordinal);
        foreach (var rate in summary.Rates)
        {
            Assert.Contains(Text($"{ServiceMessages.Label(rate.Check)}"), text, StringComparison.Ordinal);
        }

        Assert.Contains(Text(Percent(summary.Rates.Single(r => r.Check == ServiceCheck.GeneralFix).Rate)), text, StringComparison.Ordinal);
        foreach (var breach in summary.Breaches)
        {
            Assert.Contains(breach.RecordId, text, StringComparison.Ordinal);
        }

        foreach (var open in summary.Open)
        {
            Assert.Contains(open.Complaint.Id, text, StringComparison.Ordinal);
        }

        AssertValidDocx(result.Files.Single(f => f.EndsWith(".docx", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_unanswered_complaint_is_a_breach_still_open_on_the_report_date()
    {
        // R-CMP-1: C01-B01-0204-CP (received 2026-09-12 12:47, never fixed nor answered) is late by the report date
        var summary = await ComplaintsAsync("C01", September);

        var breaches = summary.Breaches.Where(b => b.RecordId == "C01-B01-0204-CP").ToList();
        Assert.Equal([ServiceCheck.GeneralFix, ServiceCheck.GeneralReply, ServiceCheck.HandledOrAnswered], breaches.Select(b => b.Check));
        Assert.All(breaches, b => Assert.True(b.Result.StillOpen));
        Assert.Contains(summary.Open, a => a.Complaint.Id == "C01-B01-0204-CP");
    }

    [Fact]
    public async Task A_month_without_complaints_says_so()
    {
        // R-CMP-1: the sample estate has no complaints in November 2026
        var result = await estate.Documents.ComplaintSummaryAsync(Job("C02", new BillingPeriod(2026, 11)), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var text = PdfText(Assert.Single(result.Files));
        Assert.Contains("本月未受理客户投诉", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_repair_statistics_list_unfinished_repeated_and_every_breach_with_the_domains_rates()
    {
        // R-REP-1: monthly statistics by the 1st, focused on unfinished and repeated repairs, 100 % follow-up
        var month = new BillingPeriod(2026, 2);
        var result = await estate.Documents.RepairStatisticsAsync(Job("C01", month, "pdf", "docx"), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var summary = await RepairsAsync("C01", month);
        Assert.NotEmpty(summary.Unfinished);
        Assert.NotEmpty(summary.Repeated);
        Assert.NotEmpty(summary.Breaches);
        var pdf = result.Files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal));
        var text = PdfText(pdf);
        Assert.Contains(Text($"本月受理报修{summary.Total}单（急修{summary.Urgent}单），已完成{summary.Finished}单，未完成{summary.Unfinished.Count}单，返修{summary.Repeated.Count}单"), text, StringComparison.Ordinal);
        Assert.Contains(Text($"回访率{Percent(summary.FollowUp.Rate)}"), text, StringComparison.Ordinal);
        Assert.Contains(Percent(summary.Dispatch.Rate), text, StringComparison.Ordinal);
        Assert.Contains(Percent(summary.Arrival.Rate), text, StringComparison.Ordinal);
        Assert.Equal(summary.FollowUpComplete, !text.Contains("未达到100%回访要求", StringComparison.Ordinal));
        foreach (var id in summary.Unfinished.Concat(summary.Repeated).Select(a => a.Repair.Id).Concat(summary.Breaches.Select(b => b.RecordId)))
        {
            Assert.Contains(id, text, StringComparison.Ordinal);
        }

        AssertValidDocx(result.Files.Single(f => f.EndsWith(".docx", StringComparison.Ordinal)));
        var check = ExternalTool.TryRun(ExternalTool.Qpdf, output, "--check", pdf);
        check?.AssertSuccess();
    }

    [Fact]
    public async Task A_missed_follow_up_breaks_the_100_percent_rule()
    {
        // R-REP-1: C01-B06-1003-RP1 was finished 2026-02-02 and never followed up
        var summary = await RepairsAsync("C01", new BillingPeriod(2026, 2));

        Assert.False(summary.FollowUpComplete);
        Assert.Contains(summary.Breaches, b => b.RecordId == "C01-B06-1003-RP1" && b.Check == ServiceCheck.RepairFollowUp);
    }

    [Fact]
    public async Task Every_community_gets_its_own_document_recorded_in_the_output_register()
    {
        // R-CMP-1 / R-REP-1: --all writes one document per community; each file is registered with its hash
        var result = await estate.Documents.RepairStatisticsAsync(Job(null, September), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Files.Count);
        foreach (var community in new[] { "C01", "C02", "C03" })
        {
            var entries = await estate.Register.FindAsync($"WXTJ-202609-{community}", CancellationToken.None);
            var entry = Assert.Single(entries);
            Assert.Equal("repair-statistics", entry.Kind);
            Assert.Equal("2026-09", entry.Period);
            var file = result.Files.Single(f => f.Contains($"WXTJ-202609-{community}", StringComparison.Ordinal));
            Assert.Equal(entry.FileSha256, Register.ContentHash.Sha256(File.ReadAllBytes(file)));
        }
    }

    [Fact]
    public async Task The_same_month_renders_byte_identical_files()
    {
        // Determinism: the report date comes from the month, never the clock
        var first = await estate.Documents.ComplaintSummaryAsync(Job("C03", September), CancellationToken.None);
        var second = await estate.Documents.ComplaintSummaryAsync(Job("C03", September), CancellationToken.None);

        Assert.Equal(File.ReadAllBytes(Assert.Single(first.Files)), File.ReadAllBytes(Assert.Single(second.Files)));
    }

    [Fact]
    public async Task An_unknown_community_is_an_error_naming_the_option()
    {
        var result = await estate.Documents.ComplaintSummaryAsync(Job("C99", September), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.StartsWith("--community C99: error:", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sealing_list_holds_the_former_owners_papers_of_the_years_transfers()
    {
        // R-DOS-10 with R-DOS-4: every 2026 transfer of C03, former owner's move-in papers, renovation papers stay active
        var job = new DossierJob { CommunityId = "C03", AsOf = new DateOnly(2026, 12, 1), OutputFolder = estate.NewOutputFolder(), Formats = ["pdf", "docx"] };
        var result = await estate.Dossiers.SealingListAsync(job, 2026, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var transfers = new List<(string Id, string Former, int Papers)>();
        await foreach (var dossier in estate.Reader.StreamDossiersAsync(UnitScope.Community("C03"), CancellationToken.None))
        {
            foreach (var transfer in dossier.Transfers.Where(t => t.TransferredOn.Year == 2026))
            {
                var former = dossier.Owners.Single(o => o.Id == transfer.FromOwnerId).Name;
                var papers = dossier.Documents.Count(d => d.Phase != Domain.Dossiers.DossierPhase.Renovation && d.ReceivedOn < transfer.TransferredOn);
                transfers.Add((transfer.Id, former, papers));
            }
        }

        Assert.Equal(8, transfers.Count);
        var text = PdfText(result.Files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Contains(Text($"2026年度办理过户{transfers.Count}户，原业主资料共{transfers.Sum(t => t.Papers)}份"), text, StringComparison.Ordinal);
        foreach (var (id, former, _) in transfers)
        {
            Assert.Contains(id, text, StringComparison.Ordinal);
            Assert.Contains(former, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("装修许可证", text, StringComparison.Ordinal);
        Assert.Contains("入伙通知书", text, StringComparison.Ordinal);
        AssertValidDocx(result.Files.Single(f => f.EndsWith(".docx", StringComparison.Ordinal)));
        Assert.Single(await estate.Register.FindAsync("FCQD-2026-C03", CancellationToken.None), e => e.Format == "pdf");
    }

    [Fact]
    public async Task A_year_without_transfers_has_nothing_to_seal()
    {
        // R-DOS-10: C01 had no transfer in 2026
        var job = new DossierJob { CommunityId = "C01", AsOf = new DateOnly(2026, 12, 1), OutputFolder = estate.NewOutputFolder(), Formats = ["pdf"] };
        var result = await estate.Dossiers.SealingListAsync(job, 2026, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains("无需要封存的原业主资料", PdfText(Assert.Single(result.Files)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("complaint-summary")]
    [InlineData("repair-statistics")]
    [InlineData("sealing-list")]
    [InlineData("visit-summary")]
    public void Each_sample_renders_to_a_conforming_pdf_and_docx(string kind)
    {
        // R-CMP-1, R-REP-1, R-DOS-10, R-VIS-1: the previews `reporting check templates` renders
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(estate.TemplatesRoot, kind, "sample.json")));
        var outcome = estate.Renderer.Render(kind, sample.RootElement, ["pdf", "docx"], CancellationToken.None);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        Assert.Equal(2, outcome.Files.Count);
    }

    private async Task<ComplaintMonthSummary> ComplaintsAsync(string community, BillingPeriod month)
    {
        var (from, until) = ServicePeriod.Bounds(month);
        var complaints = new List<Complaint>();
        await foreach (var complaint in estate.Reader.StreamComplaintsAsync(from, until, community, CancellationToken.None))
        {
            complaints.Add(complaint);
        }

        return ComplaintSummary.Compute(complaints, month, ServicePeriod.DefaultAsOf(month));
    }

    private async Task<RepairMonthSummary> RepairsAsync(string community, BillingPeriod month)
    {
        var (from, until) = ServicePeriod.Bounds(month);
        var repairs = new List<Repair>();
        await foreach (var repair in estate.Reader.StreamRepairsAsync(from, until, UnitScope.Community(community), CancellationToken.None))
        {
            repairs.Add(repair);
        }

        return RepairStatistics.Compute(repairs, month, ServicePeriod.DefaultAsOf(month));
    }

    private static string Percent(ServiceRate rate) =>
        rate.Percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Text(string value) => value.Replace(" ", "", StringComparison.Ordinal);

    private static string PdfText(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Concat(document.GetPages().Select(p => string.Concat(p.Letters.Select(l => l.Value)))).Replace(" ", "", StringComparison.Ordinal);
    }

    private static void AssertValidDocx(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }
}
