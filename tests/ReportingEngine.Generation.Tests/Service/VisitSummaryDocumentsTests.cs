using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Service;
using ReportingEngine.Generation.Service;
using ReportingEngine.Generation.Tests.Surveys;
using Xunit.Abstractions;
using DocxCheck = ReportingEngine.Generation.Tests.Dossiers.PdfText;
using PdfTool = ReportingEngine.Generation.Tests.Collection.PdfText;

namespace ReportingEngine.Generation.Tests.Service;

/// <summary>走访情况季度汇总 (R-VIS-1) from the sample estate: C02 made no visit in January 2026, C01 met the rule every month of 2026Q3.</summary>
public sealed class VisitSummaryDocumentsTests(ServiceEstateFixture estate, ITestOutputHelper output) : IClassFixture<ServiceEstateFixture>
{
    private static readonly SurveyQuarter Q1 = new(2026, 1);
    private static readonly SurveyQuarter Q3 = new(2026, 3);

    private QuarterlyServiceJob Job(string? community, SurveyQuarter quarter, DateOnly? asOf = null, params string[] formats) => new()
    {
        CommunityId = community,
        Quarter = quarter,
        AsOf = asOf,
        OutputFolder = estate.NewOutputFolder(),
        Formats = formats.Length == 0 ? ["pdf"] : formats,
    };

    [Fact]
    public async Task A_month_in_which_the_manager_joined_no_visit_is_printed_as_an_R_VIS_1_finding_for_the_project_manager()
    {
        // R-VIS-1: C02 has no visit at all in January 2026, so the manager joined none; February and March have one each
        var result = await estate.Documents.VisitSummaryAsync(Job("C02", Q1, formats: ["pdf", "docx"]), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var summary = await SummaryAsync("C02", Q1, Q1.LastDay);
        Assert.Equal([new BillingPeriod(2026, 1)], summary.Findings.Select(f => f.Month));
        var pdf = result.Files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal));
        PdfTool.AssertQpdfCheck(pdf, output);
        var text = PdfTool.ExtractFile(pdf, output);
        if (text is not null)
        {
            Assert.Contains("走访情况季度汇总表", text, StringComparison.Ordinal);
            Assert.Contains("报：项目经理", text, StringComparison.Ordinal);
            Assert.Contains("统计季度：2026年第一季度", text, StringComparison.Ordinal);
            Assert.Contains($"统计截至2026-03-31：本季度走访{summary.Total}户次（{summary.Households}户），服务中心经理（管理处主任）参与{summary.ManagerVisits}次；1个月经理未参与走访，不符合R-VIS-1。", text, StringComparison.Ordinal);
            Assert.Contains("1.2026年1月：经理未参与走访（当月走访0户次），不符合“管理处主任每月至少参与一次对业主（住户）的走访”的要求（R-VIS-1）。", text, StringComparison.Ordinal);
            foreach (var visit in summary.Visits)
            {
                Assert.Contains(visit.Visitors.Replace(" ", "", StringComparison.Ordinal), text, StringComparison.Ordinal);
            }
        }

        DocxCheck.AssertValidDocx(result.Files.Single(f => f.EndsWith(".docx", StringComparison.Ordinal)));
        var entries = await estate.Register.FindAsync("ZFHZ-2026Q1-C02", CancellationToken.None);
        Assert.Equal(["docx", "pdf"], entries.Select(e => e.Format).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal(("visit-summary", "C02", "2026Q1"), (e.Kind, e.Subject, e.Period)));
        SurveyTestData.MaybeUpdateSample(estate.TemplatesRoot, ServiceDocuments.VisitSummaryKind, await ModelAsync("C02", Q1));
    }

    [Fact]
    public async Task A_quarter_in_which_the_manager_joined_a_visit_every_month_has_no_R_VIS_1_finding()
    {
        // R-VIS-1: C01 has a visit with the manager in July, August and September 2026
        var result = await estate.Documents.VisitSummaryAsync(Job("C01", Q3), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var summary = await SummaryAsync("C01", Q3, Q3.LastDay);
        Assert.Empty(summary.Findings);
        var text = PdfTool.ExtractFile(Assert.Single(result.Files), output);
        if (text is not null)
        {
            Assert.Contains($"本季度走访{summary.Total}户次（{summary.Households}户），服务中心经理（管理处主任）参与{summary.ManagerVisits}次；已结束的月份均有经理参与走访。", text, StringComparison.Ordinal);
            Assert.Contains("无未达要求事项", text, StringComparison.Ordinal);
            Assert.DoesNotContain("不符合“管理处主任", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_month_not_yet_ended_on_the_report_date_is_not_judged_under_R_VIS_1()
    {
        // R-VIS-1: on 31 October 2026 October has ended (C01's manager visited then); November and December have not
        var result = await estate.Documents.VisitSummaryAsync(Job("C01", new SurveyQuarter(2026, 4), new DateOnly(2026, 10, 31)), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var text = PdfTool.ExtractFile(Assert.Single(result.Files), output);
        if (text is not null)
        {
            Assert.Contains("统计截至2026-10-31", text, StringComparison.Ordinal);
            Assert.Contains("另有2个月至统计日尚未结束、经理尚未参与走访，本表不作判定。", text, StringComparison.Ordinal);
            Assert.Contains("2026年11月000未到，不判定", text, StringComparison.Ordinal); // not begun on 31 October
            Assert.DoesNotContain("不符合“管理处主任", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Visits_without_the_manager_are_a_finding_and_a_bad_record_is_reported_with_its_key()
    {
        // R-VIS-1: C03 in 2026Q4 (added here; the sample has no such month): November's only visit names no visitors and
        // lacks the manager, December's visit lacks the manager; both are findings and the visit is still counted
        await estate.ExecuteAsync("""
            INSERT INTO visits (id, unit_id, visited_on, visitors, manager_joined, topic, notes) VALUES
              ('C03-TEST-VS1', (SELECT id FROM units WHERE id LIKE 'C03-%' ORDER BY id LIMIT 1), '2026-11-05', '', 0, '例行走访', '业主反映电梯噪音'),
              ('C03-TEST-VS2', (SELECT id FROM units WHERE id LIKE 'C03-%' ORDER BY id LIMIT 1 OFFSET 1), '2026-12-03', '周敏', 0, '', NULL);
            """);

        var result = await estate.Documents.VisitSummaryAsync(Job("C03", new SurveyQuarter(2026, 4)), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["visits[C03-TEST-VS1]", "visits[C03-TEST-VS2]"], result.Problems.Select(p => $"{p.Table}[{p.Key}]"));
        var text = PdfTool.ExtractFile(Assert.Single(result.Files), output);
        if (text is not null)
        {
            Assert.Contains("2026年11月：经理未参与走访（当月走访1户次）", text, StringComparison.Ordinal);
            Assert.Contains("2026年12月：经理未参与走访（当月走访1户次）", text, StringComparison.Ordinal);
            Assert.Contains("业主反映电梯噪音", text, StringComparison.Ordinal);
            Assert.Contains(ServiceMessages.UnstatedTopic, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_community_gets_its_own_registered_summary_and_the_same_quarter_renders_byte_identical_files()
    {
        // R-VIS-1: --all writes one summary per community; the report date comes from the quarter, never the clock
        var first = await estate.Documents.VisitSummaryAsync(Job(null, Q3), CancellationToken.None);
        var second = await estate.Documents.VisitSummaryAsync(Job(null, Q3), CancellationToken.None);

        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.Equal(3, first.Files.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(File.ReadAllBytes(first.Files[i]), File.ReadAllBytes(second.Files[i]));
        }

        foreach (var community in new[] { "C01", "C02", "C03" })
        {
            var file = first.Files.Single(f => f.EndsWith($"ZFHZ-2026Q3-{community}.pdf", StringComparison.Ordinal));
            var entry = (await estate.Register.FindAsync($"ZFHZ-2026Q3-{community}", CancellationToken.None))[0];
            Assert.Equal(entry.FileSha256, Register.ContentHash.Sha256(File.ReadAllBytes(file)));
        }
    }

    [Fact]
    public async Task An_unknown_community_or_a_report_date_before_the_quarter_is_an_error_naming_the_option()
    {
        var unknown = await estate.Documents.VisitSummaryAsync(Job("C99", Q3), CancellationToken.None);
        var early = await estate.Documents.VisitSummaryAsync(Job("C01", Q3, new DateOnly(2026, 6, 30)), CancellationToken.None);

        Assert.StartsWith("--community C99: error:", Assert.Single(unknown.Errors), StringComparison.Ordinal);
        Assert.StartsWith("--as-of 2026-06-30: error: before the quarter 2026Q3", Assert.Single(early.Errors), StringComparison.Ordinal);
        Assert.Empty(unknown.Files.Concat(early.Files));
    }

    private async Task<VisitQuarterSummary> SummaryAsync(string community, SurveyQuarter quarter, DateOnly asOf)
    {
        var visits = await estate.Reader.GetVisitsAsync(quarter.FirstDay, quarter.LastDay, UnitScope.Community(community), CancellationToken.None);
        return VisitSummary.Compute(visits, quarter, asOf);
    }

    private async Task<VisitSummaryModel> ModelAsync(string communityId, SurveyQuarter quarter)
    {
        var community = (await estate.Reader.GetCommunitiesAsync(CancellationToken.None)).Single(c => c.Id == communityId);
        var company = (await estate.Reader.GetCompanyProfilesAsync(CancellationToken.None)).Single(p => p.Id == community.CompanyId);
        var labels = await estate.Documents.UnitLabelsAsync(communityId, CancellationToken.None);
        return ServiceDocuments.BuildVisitModel(await SummaryAsync(communityId, quarter, quarter.LastDay), labels, community.Name, company.Name, communityId);
    }
}
