using System.Globalization;
using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Collection;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Tests.Surveys;
using Xunit.Abstractions;

namespace ReportingEngine.Generation.Tests.Collection;

/// <summary>R-FEE-3/4: receivable, received, arrears and collection rate per community, building and month; aging;
/// R-COL-2: limitation risks.</summary>
[Collection(SharedEstate.Name)]
public sealed class FeeReportTests(CollectionEstateFixture estate, ITestOutputHelper output)
{
    private static readonly BillingPeriod From = new(2026, 1);
    private static readonly BillingPeriod To = new(2026, 10);

    private static FeeReportRequest Request => new() { CommunityId = CollectionEstateFixture.Community, From = From, To = To, AsOf = CollectionEstateFixture.AsOf };

    [Fact]
    public async Task The_report_totals_equal_the_domain_fee_report_rows()
    {
        var (units, _) = await estate.DomainViewAsync(CollectionEstateFixture.Community, CollectionEstateFixture.AsOf, To);
        var accounts = units
            .Select(u => new UnitAccount(CollectionEstateFixture.Community, u.Listing.Building.Id, u.Statement with { Periods = [.. u.Statement.Periods.Where(p => p.Period >= From && p.Period <= To)] }))
            .ToList();
        var buildings = FeeReports.Collection(accounts, FeeReportLevel.Building);
        var months = FeeReports.Collection(accounts, FeeReportLevel.CommunityMonth);

        var (model, problems, _) = await estate.Documents.BuildFeeReportAsync(Request, CancellationToken.None);

        Assert.Empty(problems);
        Assert.NotNull(model);
        Assert.Equal(buildings.Sum(r => r.Figures.Receivable), model.Total.Receivable);
        Assert.Equal(buildings.Sum(r => r.Figures.Received), model.Total.Received);
        Assert.Equal(buildings.Sum(r => r.Figures.Arrears), model.Total.Arrears);
        Assert.Equal(buildings.Select(r => r.Figures.Receivable), model.Buildings.Select(r => r.Receivable));
        Assert.Equal(months.Select(r => r.Figures.Received), model.Months.Select(r => r.Received));
        Assert.Equal(10, model.Months.Count);
        Assert.True(model.Total.Arrears > 0);

        // The rate is printed as the domain computes it: percent, half-up to two places.
        var total = new FeeFigures(model.Total.Receivable, model.Total.Received);
        Assert.Equal(total.CollectionRatePercent!.Value.ToString("0.00", CultureInfo.InvariantCulture) + "%", model.Total.Rate);
        Assert.All(model.Months.Zip(months), pair => Assert.Equal(
            pair.Second.Figures.CollectionRatePercent!.Value.ToString("0.00", CultureInfo.InvariantCulture) + "%",
            pair.First.Rate));
    }

    [Fact]
    public async Task Aging_and_limitation_follow_the_domain_and_the_time_barred_bill_is_flagged()
    {
        var (units, _) = await estate.DomainViewAsync(CollectionEstateFixture.Community, CollectionEstateFixture.AsOf, To);
        var aging = ArrearsAging.Of(units.Select(u => u.Statement));

        var (model, _, _) = await estate.Documents.BuildFeeReportAsync(Request, CancellationToken.None);

        Assert.NotNull(model);
        Assert.Equal(Enum.GetValues<AgingBucket>().Select(b => aging.Amounts[b]), model.Aging.Select(a => a.Amount));
        Assert.Equal(aging.Overdue, model.AgingOverdue);
        Assert.Equal(6, model.Aging.Count);
        var barred = Assert.Single(model.TimeBarred);
        Assert.Equal("2022-06", barred.Period);
        Assert.Equal(CollectionEstateFixture.BarredAmount, barred.Outstanding);
        Assert.Equal("2025-06-20", barred.ExpiresOn);
        Assert.All(model.AtRisk, r => Assert.InRange(r.DaysLeft, 0, 90));
    }

    [Fact]
    public async Task The_pdf_prints_the_totals_and_rate_and_passes_qpdf_and_the_docx_validates()
    {
        var (model, _, _) = await estate.Documents.BuildFeeReportAsync(Request, CancellationToken.None);
        Assert.NotNull(model);
        var folder = estate.NewOutputFolder();

        var run = await estate.Documents.GenerateFeeReportAsync(Request, folder, CancellationToken.None);

        Assert.True(run.Succeeded, string.Join("\n", run.Problems));
        var docx = await File.ReadAllBytesAsync(run.Files.Single(f => f.EndsWith(".docx", StringComparison.Ordinal)));
        DocxCheck.AssertValid(docx);
        Assert.Equal(1, DocxCheck.Charts(docx));
        var pdf = run.Files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal));
        PdfText.AssertQpdfCheck(pdf, output);
        var text = PdfText.ExtractFile(pdf, output);
        if (text is null)
        {
            return;
        }

        Assert.Contains(model.Total.Receivable.ToString("#,##0.00", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains(model.Total.Received.ToString("#,##0.00", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains(model.Total.Arrears.ToString("#,##0.00", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains(model.Total.Rate, text, StringComparison.Ordinal);
        Assert.Contains("已过诉讼时效的欠费", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_communities_go_into_one_report_with_a_line_each()
    {
        var (model, problems, _) = await estate.Documents.BuildFeeReportAsync(Request with { CommunityId = null }, CancellationToken.None);

        Assert.Empty(problems);
        Assert.NotNull(model);
        Assert.Equal(["翠湖花园", "金融大厦", "锦绣广场"], model.Communities.Select(c => c.Community));
        Assert.Equal(model.Communities.Sum(c => c.Receivable), model.Total.Receivable);
        Assert.Equal("全部小区", model.Scope);
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_refused_and_nothing_is_written()
    {
        var folder = estate.NewOutputFolder();

        var run = await estate.Documents.GenerateFeeReportAsync(Request with { From = To, To = From }, folder, CancellationToken.None);

        Assert.False(run.Succeeded);
        Assert.Contains(run.Problems, p => p.Contains("after its end", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void The_four_collection_templates_pass_the_template_check_with_their_samples()
    {
        var renderer = new DocumentRenderer(estate.Layout);
        foreach (var kind in new[] { CollectionDocuments.LetterKind, CollectionDocuments.LetterListKind, CollectionDocuments.ListsKind, CollectionDocuments.ReportKind })
        {
            var check = TemplateChecker.Check(renderer, estate.Layout.TemplatesRoot, kind, CancellationToken.None);
            Assert.True(check.Passed, kind + ": " + string.Join("\n", check.Problems));
            Assert.NotEmpty(check.Implements);
        }
    }
}
