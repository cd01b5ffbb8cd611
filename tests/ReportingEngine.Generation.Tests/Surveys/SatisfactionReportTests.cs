using ReportingEngine.Data.Reading;
using ReportingEngine.Documents.Model;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Surveys;
using ReportingEngine.Generation.Surveys;
using ReportingEngine.Generation.Surveys.Models;

namespace ReportingEngine.Generation.Tests.Surveys;

public sealed class SatisfactionReportTests(SurveyEstateFixture estate) : IClassFixture<SurveyEstateFixture>
{
    private static readonly string[] Formats = ["pdf", "docx"];

    private async Task<IReadOnlyList<SatisfactionReportModel>> ModelsAsync(SurveyQuarter quarter, string? community = null)
    {
        var (models, problems, _) = await estate.Documents.BuildReportModelsAsync(new SurveyRequest { Quarter = quarter, CommunityId = community }, CancellationToken.None);
        Assert.Empty(problems);
        return models;
    }

    [Fact]
    public async Task The_company_and_each_sample_community_get_a_conforming_report_with_the_overall_score_in_pdf_and_valid_docx()
    {
        // R-SAT-4: per company and per community.
        var models = await ModelsAsync(SurveyEstateFixture.Quarter);
        Assert.Equal(["华安物业服务有限公司", "翠湖花园", "金融大厦", "锦绣广场"], models.Select(m => m.SubjectName));
        Assert.True(models[0].IsCompany);
        SurveyTestData.MaybeUpdateSample(estate.Layout.TemplatesRoot, SurveyDocuments.ReportKind, models[0]);
        foreach (var model in models)
        {
            Assert.True(model.HasResponses, model.SubjectName);
            var outcome = estate.Renderer.Render(SurveyDocuments.ReportKind, model, Formats, CancellationToken.None);
            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
            var text = SurveyTestData.PdfText(outcome.Files[0].Content);
            Assert.Contains($"综合满意度得分{model.Overall.Score}分", text, StringComparison.Ordinal);
            Assert.Contains($"抽样率{model.Overall.SampleRate}", text, StringComparison.Ordinal);
            DocxCheck.AssertValid(outcome.Files[1].Content);
            Assert.Equal(outcome.Document!.Body.OfType<Chart>().Count() + outcome.Document.Body.OfType<KeepTogether>().SelectMany(k => k.Blocks).OfType<Chart>().Count(), DocxCheck.Charts(outcome.Files[1].Content));
        }
    }

    [Fact]
    public async Task The_category_chart_holds_the_category_scores_computed_by_hand_from_the_responses()
    {
        // R-SAT-1/R-SAT-4: item = mean of answered points (不适用 excluded), category = mean of its items.
        var responses = new List<SurveyResponse>();
        await foreach (var r in estate.Reader.StreamSurveyResponsesAsync(SurveyEstateFixture.Quarter, UnitScope.Community("C01"), CancellationToken.None))
        {
            responses.Add(r);
        }

        Assert.NotEmpty(responses);
        var expected = new List<decimal>();
        foreach (var category in Enum.GetValues<SurveyCategory>())
        {
            var itemMeans = SurveyItems.All
                .Where(i => i.Category == category)
                .Select(i => responses.Select(r => r.Scores[i.Number - 1]).Where(s => s is >= 1 and <= 5).Select(s => s * 20m).ToList())
                .Where(points => points.Count > 0)
                .Select(points => points.Average())
                .ToList();
            if (itemMeans.Count > 0)
            {
                expected.Add(Math.Round(itemMeans.Average(), 1, MidpointRounding.AwayFromZero));
            }
        }

        var model = Assert.Single(await ModelsAsync(SurveyEstateFixture.Quarter, "C01"));
        var chart = model.CategoryChart!;
        Assert.Equal(expected, chart.Series.Single(s => s.Name == SurveyModels.CurrentSeries).Values);
        Assert.Equal(model.Categories.Where(c => c.Score != "无数据").Select(c => c.Score), chart.Series.Single(s => s.Name == SurveyModels.CurrentSeries).Values.Select(SurveyFormat.Number));

        // The drawn chart carries the same numbers as the model.
        var built = estate.Renderer.BuildDocument(SurveyDocuments.ReportKind, model, CancellationToken.None);
        Assert.True(built.Succeeded, string.Join("\n", built.Problems));
        var drawn = built.Document!.Body.OfType<Chart>().First(c => c.Kind == ChartKind.Bar);
        Assert.Equal(expected.Select(v => (double)v), drawn.Series.Single(s => s.Name == SurveyModels.CurrentSeries).Values);
        Assert.Equal(chart.Categories, drawn.Categories);
    }

    [Fact]
    public async Task The_trend_line_runs_from_the_previous_quarter_to_this_one()
    {
        var model = Assert.Single(await ModelsAsync(SurveyEstateFixture.Quarter, "C03"));
        var trend = model.TrendChart!;
        Assert.Equal(["2026Q2", "2026Q3"], trend.Categories);
        var overall = trend.Series.Single(s => s.Name == SurveyModels.OverallSeries);
        Assert.Equal(model.Overall.Previous, SurveyFormat.Number(overall.Values[0]));
        Assert.Equal(model.Overall.Score, SurveyFormat.Number(overall.Values[1]));
        Assert.True(trend.AxisMin <= trend.Series.SelectMany(s => s.Values).Min());
    }

    [Fact]
    public async Task The_company_report_compares_every_community_with_responses()
    {
        var models = await ModelsAsync(SurveyEstateFixture.Quarter);
        var company = models[0];
        var chart = company.CommunityChart!;
        Assert.Equal(models.Skip(1).Select(m => m.SubjectName), chart.Categories);
        Assert.Equal(models.Skip(1).Select(m => m.Overall.Score), chart.Series.Single(s => s.Name == SurveyModels.CurrentSeries).Values.Select(SurveyFormat.Number));
        Assert.All(models.Skip(1), m => Assert.Null(m.CommunityChart));
    }

    [Fact]
    public async Task Every_category_flagged_below_the_threshold_is_on_the_follow_up_list()
    {
        // R-SAT-1: unsatisfied items are followed up.
        foreach (var model in await ModelsAsync(SurveyEstateFixture.Quarter))
        {
            Assert.Equal(model.Categories.Where(c => c.FollowUp).Select(c => c.Name), model.FollowUps.Select(f => f.Category));
            Assert.All(model.FollowUps, f => Assert.True(decimal.Parse(f.Score, System.Globalization.CultureInfo.InvariantCulture) < 80m));
            Assert.True(model.LowestItems.Count == 5);
            Assert.Equal(model.LowestItems.OrderBy(i => decimal.Parse(i.Score, System.Globalization.CultureInfo.InvariantCulture)).Select(i => i.Number), model.LowestItems.Select(i => i.Number));
        }
    }

    [Fact]
    public async Task An_empty_quarter_gives_a_report_that_says_there_are_no_responses()
    {
        var quarter = new SurveyQuarter(2025, 1);
        var models = await ModelsAsync(quarter);
        Assert.All(models, m => Assert.False(m.HasResponses));
        foreach (var model in models.Take(2))
        {
            var outcome = estate.Renderer.Render(SurveyDocuments.ReportKind, model, Formats, CancellationToken.None);
            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
            Assert.Empty(outcome.Document!.Body.OfType<Chart>());
            Assert.Contains("本季度未收到业户评议表，无评议数据", SurveyTestData.PdfText(outcome.Files[0].Content), StringComparison.Ordinal);
            DocxCheck.AssertValid(outcome.Files[1].Content);
        }
    }

    [Fact]
    public async Task Generating_one_community_writes_its_report_as_pdf_and_docx()
    {
        var folder = estate.NewOutputFolder();
        var run = await estate.Documents.GenerateReportsAsync(new SurveyRequest { Quarter = SurveyEstateFixture.Quarter, CommunityId = "C02" }, folder, CancellationToken.None);
        Assert.True(run.Succeeded, string.Join("\n", run.Problems));
        Assert.Equal(
            [Path.Combine(folder, "satisfaction-report-SAT-C02-2026Q3.pdf"), Path.Combine(folder, "satisfaction-report-SAT-C02-2026Q3.docx")],
            run.Files);
        Assert.All(run.Files, f => Assert.True(new FileInfo(f).Length > 1000));
    }

    [Fact]
    public async Task An_unknown_community_is_a_problem_naming_the_record_and_the_known_ids()
    {
        var run = await estate.Documents.GenerateReportsAsync(new SurveyRequest { Quarter = SurveyEstateFixture.Quarter, CommunityId = "C99" }, estate.NewOutputFolder(), CancellationToken.None);
        Assert.False(run.Succeeded);
        Assert.Equal("--community C99: error: no such community; the data has C01, C02, C03", Assert.Single(run.Problems));
        Assert.Empty(run.Files);
    }

    [Fact]
    public async Task A_first_quarter_with_data_has_no_trend_line_and_bars_for_this_quarter_only()
    {
        var model = Assert.Single(await ModelsAsync(new SurveyQuarter(2026, 2), "C01"));
        Assert.True(model.HasResponses);
        Assert.Null(model.TrendChart);
        Assert.Equal(SurveyModels.CurrentSeries, Assert.Single(model.CategoryChart!.Series).Name);
        Assert.Equal("—", model.Overall.Previous);
        var outcome = estate.Renderer.Render(SurveyDocuments.ReportKind, model, ["pdf"], CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        Assert.Contains("暂无趋势可比较", SurveyTestData.PdfText(outcome.Files[0].Content), StringComparison.Ordinal);
    }
}
