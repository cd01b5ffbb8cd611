using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Satisfaction.Feedback;
using ReportingEngine.Domain.Satisfaction.Scoring;
using ReportingEngine.Domain.Surveys;
using Xunit;

namespace ReportingEngine.Domain.Tests.Satisfaction;

/// <summary>R-SAT-1 / R-SAT-4 scoring on hand-computed fixtures.</summary>
public sealed class ScoringTests
{
    private static readonly SurveyQuarter Quarter = new(2026, 3);
    private static readonly CompanyProfile Company = new("CO1", "示例物业", "standard", "0000", "测试路");
    private static readonly Community A = EstateSpec.Community;
    private static readonly Community B = A with { Id = "C2", Name = "枫叶苑" };

    /// <summary>
    /// Three households of A (10 households): R1 very satisfied except item 2 不适用, item 24 不适用, item 25 一般;
    /// R2 satisfied except item 2 不满意, items 21, 24, 25 不适用; R3 不适用 everywhere but item 1 很不满意.
    /// Item 24 is answered by nobody.
    /// </summary>
    private static IReadOnlyList<SurveyResponse> FixtureA() =>
    [
        Response("R1", With(Fill(5), (2, 0), (24, 0), (25, 3))),
        Response("R2", With(Fill(4), (2, 2), (21, 0), (24, 0), (25, 0))),
        Response("R3", With(Fill(0), (1, 1))),
    ];

    [Fact]
    public void Item_scores_are_means_of_answered_levels_with_not_applicable_excluded()
    {
        // R-SAT-1: 100/80/60/40/20, 不适用 excluded
        var sheet = ScoreA().Communities[0];
        Assert.Equal(200m / 3, sheet.Items[0].Score!.Value.Exact);
        Assert.Equal(66.7m, sheet.Items[0].Score!.Value.Display);
        Assert.Equal(40m, sheet.Items[1].Score!.Value.Exact);
        Assert.Equal(1, sheet.Items[1].Answers);
        Assert.Equal(2, sheet.Items[1].NotApplicable);
        Assert.Equal(90m, sheet.Items[2].Score!.Value.Exact);
        Assert.Equal(100m, sheet.Items[20].Score!.Value.Exact);
        Assert.Equal([2, 0, 0, 1, 0, 0], sheet.Items[24].LevelCounts); // two 不适用, one 一般
        Assert.Equal(0.3m, sheet.Items[0].SampleRate);
    }

    [Fact]
    public void An_item_nobody_answered_has_no_score_and_is_left_out_of_its_category()
    {
        var sheet = ScoreA().Communities[0];
        var item24 = sheet.Items[23];
        Assert.Null(item24.Score);
        Assert.Equal(0, item24.Answers);
        Assert.Equal(3, item24.NotApplicable);
        var culture = sheet.Categories[(int)SurveyCategory.CommunityCulture];
        Assert.Equal(90m, culture.Score!.Value.Exact);
        Assert.Equal(2, culture.ItemsScored);
    }

    [Fact]
    public void Category_scores_are_means_of_their_item_scores()
    {
        var sheet = ScoreA().Communities[0];
        var daily = sheet.Categories[(int)SurveyCategory.DailyManagement];
        Assert.Equal(1670m / 21, daily.Score!.Value.Exact); // (66.67 + 40 + 5 × 90) / 7
        Assert.Equal(79.5m, daily.Score!.Value.Display);
        Assert.Equal(3, daily.Responses);
        Assert.Equal(95m, sheet.Categories[(int)SurveyCategory.ConvenienceServices].Score!.Value.Exact);
        Assert.Equal(60m, sheet.Categories[(int)SurveyCategory.ManagementLevel].Score!.Value.Exact);
        Assert.Equal(1, sheet.Categories[(int)SurveyCategory.ManagementLevel].Responses);
        Assert.Equal(2, sheet.Categories[(int)SurveyCategory.ComplaintHandling].Responses);
    }

    [Fact]
    public void The_overall_score_is_the_mean_of_the_six_categories_by_default()
    {
        // R-SAT-4: (79.52 + 90 + 90 + 95 + 90 + 60) / 6 = 10595 / 126
        var sheet = ScoreA().Communities[0];
        Assert.Equal(10595m / 126, sheet.Overall!.Value.Exact);
        Assert.Equal("84.1", sheet.Overall!.Value.ToString());
        Assert.Equal(3, sheet.Responses);
        Assert.Equal(10, sheet.Households);
        Assert.Equal(0.3m, sheet.SampleRate);
        Assert.True(sheet.HasResponses);
    }

    [Fact]
    public void Weighting_by_item_count_gives_the_mean_of_all_scored_items()
    {
        // R-SAT-4 configurable weighting: 24 scored items summing to 6200/3
        var options = new SatisfactionScoringOptions { OverallWeighting = OverallWeighting.ByItemCount };
        var sheet = ScoreA(options).Communities[0];
        Assert.Equal(86.1m, sheet.Overall!.Value.Display);
        Assert.Equal(6200m / 72, sheet.Overall!.Value.Exact, 20);
    }

    [Fact]
    public void Categories_below_the_threshold_are_flagged_for_follow_up()
    {
        // R-SAT-1: 79.5 and 60 are below 80; 90 and 95 are not
        var sheet = ScoreA().Communities[0];
        Assert.Equal([SurveyCategory.DailyManagement, SurveyCategory.ManagementLevel], sheet.FollowUps.Select(c => c.Category));

        var strict = ScoreA(new SatisfactionScoringOptions { FollowUpThreshold = 92m }).Communities[0];
        Assert.Equal(5, strict.FollowUps.Count);
        Assert.DoesNotContain(strict.FollowUps, c => c.Category == SurveyCategory.ConvenienceServices);
    }

    [Fact]
    public void A_category_printed_as_80_point_0_is_not_flagged_but_79_point_9_is()
    {
        // R-SAT-1 threshold on the printed value: 79.95 prints 80.0 (half-up), 79.90 prints 79.9
        var atThreshold = Enumerable.Range(0, 400).Select(i => Response($"R{i}", With(Fill(4), (25, i == 0 ? 3 : 4)))).ToList();
        var below = Enumerable.Range(0, 400).Select(i => Response($"R{i}", With(Fill(4), (25, i < 2 ? 3 : 4)))).ToList();
        var management = (int)SurveyCategory.ManagementLevel;

        var printed80 = SatisfactionScorer.Score(Company, Quarter, [new CommunitySurveyInput(A, 1000, atThreshold, [])]).Communities[0].Categories[management];
        Assert.Equal(79.95m, printed80.Score!.Value.Exact);
        Assert.Equal(80.0m, printed80.Score!.Value.Display);
        Assert.False(printed80.NeedsFollowUp);

        var printed799 = SatisfactionScorer.Score(Company, Quarter, [new CommunitySurveyInput(A, 1000, below, [])]).Communities[0].Categories[management];
        Assert.Equal(79.9m, printed799.Score!.Value.Display);
        Assert.True(printed799.NeedsFollowUp);
    }

    [Fact]
    public void Scores_are_rounded_half_up_to_one_decimal_for_display_only()
    {
        Assert.Equal(79.9m, new SatisfactionScore(79.85m).Display);
        Assert.Equal(80.0m, new SatisfactionScore(79.95m).Display);
        Assert.Equal(66.7m, new SatisfactionScore(200m / 3).Display);
        Assert.Equal("100.0", new SatisfactionScore(100m).ToString());
        Assert.Equal(79.85m, new SatisfactionScore(79.85m).Exact);
    }

    [Fact]
    public void The_lowest_five_items_are_ordered_by_score_with_ties_by_item_number()
    {
        // R-SAT-4: 40 (item 2), 60 (item 25), 66.7 (item 1), then the 90s tie: items 3 and 4 come first
        var sheet = ScoreA().Communities[0];
        Assert.Equal([2, 25, 1, 3, 4], sheet.LowestItems.Select(i => i.Item.Number));
        Assert.Equal(3, ScoreA(new SatisfactionScoringOptions { LowestItemCount = 3 }).Communities[0].LowestItems.Count);
    }

    [Fact]
    public void The_previous_quarter_gives_deltas_per_category_and_overall()
    {
        // Previous quarter 2026Q2: one household, 满意 everywhere → 80 everywhere.
        var previous = new[] { Response("P1", Fill(4), "2026Q2") };
        var sheet = SatisfactionScorer.Score(Company, Quarter, [new CommunitySurveyInput(A, 10, FixtureA(), previous)]).Communities[0];
        Assert.Equal(80m, sheet.PreviousOverall!.Value.Exact);
        Assert.Equal(4.1m, sheet.OverallDelta);
        Assert.Equal(-0.5m, sheet.Categories[(int)SurveyCategory.DailyManagement].Delta);
        Assert.Equal(-20m, sheet.Categories[(int)SurveyCategory.ManagementLevel].Delta);
        Assert.Equal(15m, sheet.Categories[(int)SurveyCategory.ConvenienceServices].Delta);
    }

    [Fact]
    public void Without_previous_quarter_data_the_deltas_are_null()
    {
        var sheet = ScoreA().Communities[0];
        Assert.Null(sheet.PreviousOverall);
        Assert.Null(sheet.OverallDelta);
        Assert.All(sheet.Categories, c => Assert.Null(c.Delta));
        Assert.All(sheet.Categories, c => Assert.Null(c.Previous));
    }

    [Fact]
    public void An_empty_quarter_says_no_responses_instead_of_dividing_by_zero()
    {
        // R-SAT-4: empty quarter → a report that says no responses
        var result = SatisfactionScorer.Score(Company, Quarter, [new CommunitySurveyInput(A, 10, [], []), new CommunitySurveyInput(B, 0, [], [])]);
        Assert.False(result.HasResponses);
        foreach (var sheet in result.Communities.Append(result.Company))
        {
            Assert.False(sheet.HasResponses);
            Assert.Equal(0, sheet.Responses);
            Assert.Null(sheet.Overall);
            Assert.Null(sheet.OverallDelta);
            Assert.All(sheet.Categories, c => Assert.Null(c.Score));
            Assert.All(sheet.Items, i => Assert.Null(i.Score));
            Assert.Empty(sheet.LowestItems);
            Assert.Empty(sheet.FollowUps);
            Assert.Empty(sheet.Praise);
            Assert.Empty(sheet.Problems);
        }

        Assert.Equal(0m, result.Communities[0].SampleRate);
        Assert.Null(result.Communities[1].SampleRate);
        Assert.Equal(10, result.Company.Households);
    }

    [Fact]
    public void A_company_without_communities_is_an_empty_result()
    {
        var result = SatisfactionScorer.Score(Company, Quarter, []);
        Assert.False(result.HasResponses);
        Assert.Empty(result.Communities);
        Assert.Null(result.Company.SampleRate);
        Assert.Equal(new SurveyQuarter(2026, 2), result.PreviousQuarter);
    }

    [Fact]
    public void The_company_pools_responses_by_default_or_averages_communities_on_request()
    {
        // R-SAT-4 per company: A has two 很满意 households, B one 一般 household.
        var inputs = new[]
        {
            new CommunitySurveyInput(A, 20, [Response("A1", Fill(5)), Response("A2", Fill(5))], []),
            new CommunitySurveyInput(B, 10, [Response("B1", Fill(3))], []),
        };
        var pooled = SatisfactionScorer.Score(Company, Quarter, inputs);
        Assert.Equal(260m / 3, pooled.Company.Overall!.Value.Exact); // (100 + 100 + 60) / 3
        Assert.Equal(3, pooled.Company.Responses);
        Assert.Equal(30, pooled.Company.Households);
        Assert.Equal(0.1m, pooled.Company.SampleRate);
        Assert.Equal("示例物业", pooled.Company.SubjectName);

        var averaged = SatisfactionScorer.Score(Company, Quarter, inputs, new SatisfactionScoringOptions { CompanyAggregation = CompanyAggregation.MeanOfCommunities });
        Assert.Equal(80m, averaged.Company.Overall!.Value.Exact); // (100 + 60) / 2
        Assert.Equal(80m, averaged.Company.Items[0].Score!.Value.Exact);
        Assert.Equal(3, averaged.Company.Responses);
    }

    [Fact]
    public void A_community_without_responses_does_not_pull_down_the_company_mean()
    {
        var inputs = new[]
        {
            new CommunitySurveyInput(A, 20, [Response("A1", Fill(5))], []),
            new CommunitySurveyInput(B, 10, [], []),
        };
        var averaged = SatisfactionScorer.Score(Company, Quarter, inputs, new SatisfactionScoringOptions { CompanyAggregation = CompanyAggregation.MeanOfCommunities });
        Assert.Equal(100m, averaged.Company.Overall!.Value.Exact);
        Assert.False(averaged.Communities[1].HasResponses);
    }

    [Fact]
    public void Malformed_responses_are_reported_by_key_and_not_counted()
    {
        var responses = new[]
        {
            Response("OK", Fill(4)),
            Response("SHORT", Fill(4).Take(24).ToArray()),
            Response("OTHERQ", Fill(4), "2026Q1"),
            Response("BAD", With(Fill(5), (3, 9))),
        };
        var result = SatisfactionScorer.Score(Company, Quarter, [new CommunitySurveyInput(A, 10, responses, [])]);
        var sheet = result.Communities[0];
        Assert.Equal(2, sheet.Responses);
        Assert.Equal(1, sheet.Items[2].Answers); // BAD's item 3 is ignored
        Assert.Equal(90m, sheet.Items[0].Score!.Value.Exact);
        Assert.Equal(
            ["survey_responses(SHORT)", "survey_responses(OTHERQ)", "survey_responses(BAD)"],
            result.Diagnostics.Select(d => d.Key));
        Assert.Contains("item 3 answer 9", result.Diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_rejected_once_before_scoring()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionScorer.Score(Company, Quarter, [], new SatisfactionScoringOptions { FollowUpThreshold = 101m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionScorer.Score(Company, Quarter, [], new SatisfactionScoringOptions { LowestItemCount = -1 }));
    }

    [Fact]
    public void Praise_and_problems_are_grouped_by_category_per_sheet()
    {
        // R-SAT-4: what owners praised and the problems they raised, by category
        var responses = new[]
        {
            Response("R1", Fill(4)) with { Praise = "保安很负责", Problems = "投诉没有回音；收费太高" },
            Response("R2", Fill(4)) with { Praise = "无", Problems = "楼道清洁不及时" },
        };
        var sheet = SatisfactionScorer.Score(Company, Quarter, [new CommunitySurveyInput(A, 10, responses, [])]).Communities[0];
        var praise = Assert.Single(sheet.Praise);
        Assert.Equal(SurveyCategory.DailyManagement, praise.Category);
        Assert.Equal("R1", Assert.Single(praise.Entries).ResponseId);
        Assert.Equal(["日常管理", "投诉处理", "其他"], sheet.Problems.Select(g => g.Name));
        Assert.Equal("楼道清洁不及时", sheet.Problems[0].Entries[0].Text);
        Assert.Equal("收费太高", sheet.Problems[2].Entries[0].Text);
    }

    [Fact]
    public void The_company_lists_every_community_feedback_by_category_community_after_community()
    {
        // R-SAT-4 per company: praise and problems of all communities, grouped the same way
        var inputs = new[]
        {
            new CommunitySurveyInput(A, 20, [Response("A1", Fill(4)) with { Problems = "收费太高；保洁不及时" }], []),
            new CommunitySurveyInput(B, 10, [Response("B1", Fill(4)) with { Problems = "停水没有通知；保安睡觉" }], []),
        };
        var company = SatisfactionScorer.Score(Company, Quarter, inputs).Company;
        Assert.Equal(["日常管理", "日常沟通", "其他"], company.Problems.Select(g => g.Name));
        Assert.Equal(["保洁不及时", "保安睡觉"], company.Problems[0].Entries.Select(e => e.Text));
        var all = FeedbackClassifier.Group(inputs.SelectMany(i => i.Responses).Select(r => (r.Id, r.UnitId, (string?)r.Problems)));
        Assert.Equal(all.Select(g => (g.Name, string.Join("|", g.Entries))), company.Problems.Select(g => (g.Name, string.Join("|", g.Entries))));
    }

    [Fact]
    public void Scoring_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() =>
            SatisfactionScorer.Score(Company, Quarter, [new CommunitySurveyInput(A, 10, FixtureA(), [])], cancellationToken: cancelled.Token));
    }

    private static SatisfactionResult ScoreA(SatisfactionScoringOptions? options = null) =>
        SatisfactionScorer.Score(Company, Quarter, [new CommunitySurveyInput(A, 10, FixtureA(), [])], options);

    private static SurveyResponse Response(string id, int[] scores, string quarter = "2026Q3") =>
        new(id, "U-" + id, quarter, new DateOnly(2026, 8, 1), scores, string.Empty, string.Empty);

    private static int[] Fill(int level) => Enumerable.Repeat(level, SurveyItems.Count).ToArray();

    private static int[] With(int[] scores, params (int Item, int Level)[] answers)
    {
        foreach (var (item, level) in answers)
        {
            scores[item - 1] = level;
        }

        return scores;
    }
}
