using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Satisfaction.Scoring;
using ReportingEngine.Domain.Surveys;
using ReportingEngine.Generation.Surveys;
using ReportingEngine.Generation.Surveys.Models;

namespace ReportingEngine.Generation.Tests.Surveys;

/// <summary>The report model on a hand-computed fixture: 不适用 answers, an invalid answer, a category nobody scored.</summary>
public sealed class SatisfactionReportModelTests
{
    private static readonly SurveyQuarter Quarter = new(2026, 3);
    private static readonly CompanyProfile Company = new("HX", "测试物业有限公司", "default", "0755-1", "深圳");
    private static readonly Community Garden = new("G1", "HX", "测试花园", CommunityKind.Residential, "深圳", new DateOnly(2020, 1, 1), 30, "0755-2");

    private static SurveyResponse Response(string id, int level, Func<int, int?>? overrides = null) => new(
        id,
        "U-" + id,
        Quarter.ToString(),
        new DateOnly(2026, 8, 1),
        [.. Enumerable.Range(1, SurveyItems.Count).Select(n => overrides?.Invoke(n) ?? (n is 20 or 21 ? 0 : level))],
        id == "A" ? "保洁很勤快" : string.Empty,
        id == "B" ? "停车位紧张" : string.Empty);

    private static SatisfactionReportModel Model(params SurveyResponse[] responses)
    {
        var result = SatisfactionScorer.Score(Company, Quarter, [new CommunitySurveyInput(Garden, 30, responses, [])]);
        return SurveyModels.Report(Company, result, result.Communities[0], [], responses.Select(r => r.Id));
    }

    [Fact]
    public void Scores_follow_the_hand_computation_with_not_applicable_and_invalid_answers_left_out()
    {
        // R-SAT-1: item 1 = (80 + 100) / 2 = 90 (C's answer 9 is invalid); other items (80 + 100 + 60) / 3 = 80;
        // items 20, 21 all 不适用 → 便民服务 has no score; 日常管理 = (90 + 6 × 80) / 7 = 81.43;
        // overall = mean of the five scored categories = (81.43 + 4 × 80) / 5 = 80.29 → 80.3.
        var model = Model(Response("A", 4), Response("B", 5), Response("C", 3, n => n == 1 ? 9 : null));

        Assert.Equal("80.3", model.Overall.Score);
        Assert.Equal(["81.4", "80.0", "80.0", "无数据", "80.0", "80.0"], model.Categories.Select(c => c.Score));
        Assert.Equal("10.0%", model.Overall.SampleRate);
        Assert.Equal(1, model.SkippedResponses);
        Assert.Empty(model.FollowUps); // R-SAT-1: a printed 80.0 is not below 80.

        var chart = model.CategoryChart!;
        Assert.Equal(["日常管理", "投诉处理", "日常沟通", "社区文化", "管理水平"], chart.Categories);
        Assert.Equal([81.4m, 80.0m, 80.0m, 80.0m, 80.0m], Assert.Single(chart.Series).Values);
        Assert.Null(model.TrendChart); // no earlier quarter with data
        Assert.Equal([2, 3, 4, 5, 6], model.LowestItems.Select(i => i.Number)); // item 1 scores 90; ties go by item number
    }

    [Fact]
    public void A_category_below_the_threshold_is_followed_up_with_its_weakest_items()
    {
        // R-SAT-1: 投诉处理 at 60 is 20 points below 80.
        var model = Model(Response("A", 4, n => n is >= 8 and <= 13 ? 3 : null), Response("B", 4, n => n is >= 8 and <= 13 ? 3 : null));
        var follow = Assert.Single(model.FollowUps);
        Assert.Equal("投诉处理", follow.Category);
        Assert.Equal("60.0", follow.Score);
        Assert.Equal("20.0", follow.Gap);
        Assert.StartsWith("投诉受理及时性 60.0", follow.WeakestItems, StringComparison.Ordinal);
        Assert.True(model.Categories.Single(c => c.Name == "投诉处理").FollowUp);
    }

    [Fact]
    public void Identical_remarks_are_counted_once_with_their_number_of_households()
    {
        var model = Model(Response("A", 4), Response("A2", 4, _ => null) with { Praise = "保洁很勤快" }, Response("B", 5));
        var praise = Assert.Single(model.Praise);
        Assert.Equal(2, praise.Mentions);
        Assert.Equal(new FeedbackLine("保洁很勤快", 2), Assert.Single(praise.Lines));
        Assert.Equal("停车位紧张", Assert.Single(Assert.Single(model.Problems).Lines).Text);
    }

    [Fact]
    public void A_quarter_without_responses_has_no_scores_and_no_charts()
    {
        var model = Model();
        Assert.False(model.HasResponses);
        Assert.Equal("—", model.Overall.Score);
        Assert.Null(model.CategoryChart);
        Assert.Null(model.LevelChart);
        Assert.Null(model.TrendChart);
        Assert.Empty(model.LowestItems);
    }
}
