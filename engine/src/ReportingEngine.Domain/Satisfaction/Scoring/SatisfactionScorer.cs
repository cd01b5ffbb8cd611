using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Satisfaction.Feedback;
using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>
/// Scores a quarter's 业户评议表 per community and for the company (R-SAT-1, R-SAT-4): item = mean of answered
/// levels (100/80/60/40/20, 不适用 excluded); category = mean of its scored items; overall = mean of categories
/// (<see cref="OverallWeighting"/>); company per <see cref="CompanyAggregation"/>; with counts, sample rates,
/// follow-up flags, the lowest items, the previous-quarter comparison and the free texts grouped by category.
/// </summary>
public static class SatisfactionScorer
{
    /// <summary>Scores a quarter. Never throws on bad or missing data: an empty quarter gives sheets without responses.</summary>
    /// <param name="company">The company (its id and name head the company sheet).</param>
    /// <param name="quarter">The quarter to report.</param>
    /// <param name="communities">Each community's households and responses of this and the previous quarter.</param>
    /// <param name="options">Options, <see cref="SatisfactionScoringOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels scoring a large company.</param>
    /// <returns>The result.</returns>
    public static SatisfactionResult Score(
        CompanyProfile company,
        SurveyQuarter quarter,
        IEnumerable<CommunitySurveyInput> communities,
        SatisfactionScoringOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(communities);
        options ??= SatisfactionScoringOptions.Default;
        options.Validate();

        var previousQuarter = quarter.Quarter == 1 ? new SurveyQuarter(quarter.Year - 1, 4) : quarter with { Quarter = quarter.Quarter - 1 };
        var diagnostics = new List<SurveyDiagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scored = new List<CommunityScoring>();
        foreach (var input in communities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(input);
            if (!seen.Add(input.Community.Id))
            {
                diagnostics.Add(new SurveyDiagnostic($"communities({input.Community.Id})", SatisfactionMessages.DuplicateCommunity));
                continue;
            }

            var current = Validate(input.Responses, quarter, diagnostics);
            var previous = Validate(input.PreviousResponses, previousQuarter, diagnostics);
            scored.Add(new CommunityScoring(input, current, Tally(current), Tally(previous), options.OverallWeighting));
        }

        var sheets = scored
            .Select(s => Sheet(
                s.Input.Community.Id,
                s.Input.Community.Name,
                s.Input.Households,
                s.Tally,
                s.Scores,
                s.PreviousScores,
                FeedbackClassifier.Group(s.Valid.Select(r => (r.Response.Id, r.Response.UnitId, (string?)r.Response.Praise))),
                FeedbackClassifier.Group(s.Valid.Select(r => (r.Response.Id, r.Response.UnitId, (string?)r.Response.Problems))),
                options))
            .ToList();

        var pooled = new SurveyTally();
        var pooledPrevious = new SurveyTally();
        foreach (var s in scored)
        {
            pooled.Add(s.Tally);
            pooledPrevious.Add(s.PreviousTally);
        }

        ScoreSet companyScores, companyPrevious;
        if (options.CompanyAggregation == CompanyAggregation.MeanOfCommunities)
        {
            companyScores = ScoreSet.MeanOf(scored.Where(s => s.Tally.Responses > 0).Select(s => s.Scores).ToList());
            companyPrevious = ScoreSet.MeanOf(scored.Where(s => s.PreviousTally.Responses > 0).Select(s => s.PreviousScores).ToList());
        }
        else
        {
            companyScores = ScoreSet.FromTally(pooled, options.OverallWeighting);
            companyPrevious = ScoreSet.FromTally(pooledPrevious, options.OverallWeighting);
        }

        var companySheet = Sheet(
            company.Id,
            company.Name,
            scored.Sum(s => s.Input.Households),
            pooled,
            companyScores,
            companyPrevious,
            Merge(sheets.Select(s => s.Praise)),
            Merge(sheets.Select(s => s.Problems)),
            options);
        return new SatisfactionResult(quarter, previousQuarter, options, companySheet, sheets, diagnostics);
    }

    private static List<ValidResponse> Validate(IReadOnlyList<SurveyResponse> responses, SurveyQuarter quarter, List<SurveyDiagnostic> diagnostics)
    {
        var valid = new List<ValidResponse>(responses.Count);
        var expected = quarter.ToString();
        foreach (var response in responses)
        {
            var key = $"survey_responses({response.Id})";
            if (!string.Equals(response.Quarter, expected, StringComparison.Ordinal))
            {
                diagnostics.Add(new SurveyDiagnostic(key, SatisfactionMessages.WrongQuarter(response.Quarter, expected)));
                continue;
            }

            if (response.Scores.Count != SurveyItems.Count)
            {
                diagnostics.Add(new SurveyDiagnostic(key, SatisfactionMessages.WrongScoreCount(response.Scores.Count)));
                continue;
            }

            var levels = new int[SurveyItems.Count];
            for (var i = 0; i < levels.Length; i++)
            {
                if (SatisfactionScale.TryRead(response.Scores[i], out var level))
                {
                    levels[i] = (int)level;
                }
                else
                {
                    levels[i] = -1;
                    diagnostics.Add(new SurveyDiagnostic(key, SatisfactionMessages.AnswerOutOfRange(i + 1, response.Scores[i])));
                }
            }

            valid.Add(new ValidResponse(response, levels));
        }

        return valid;
    }

    private static SurveyTally Tally(List<ValidResponse> responses)
    {
        var tally = new SurveyTally();
        foreach (var response in responses)
        {
            tally.Add(response.Levels);
        }

        return tally;
    }

    private static ScoreSheet Sheet(
        string id,
        string name,
        int households,
        SurveyTally tally,
        ScoreSet scores,
        ScoreSet previous,
        IReadOnlyList<FeedbackGroup> praise,
        IReadOnlyList<FeedbackGroup> problems,
        SatisfactionScoringOptions options)
    {
        decimal? Rate(int count) => households > 0 ? (decimal)count / households : null;
        static SatisfactionScore? AsScore(decimal? value) => value is { } v ? new SatisfactionScore(v) : null;
        static decimal? Delta(SatisfactionScore? now, SatisfactionScore? before) =>
            now is { } n && before is { } b ? n.Display - b.Display : null;

        var items = SurveyItems.All
            .Select(item =>
            {
                var i = item.Number - 1;
                return new ItemScore(item, AsScore(scores.Items[i]), tally.Answers[i], tally.NotApplicable[i], tally.LevelCounts[i].ToArray(), Rate(tally.Answers[i]));
            })
            .ToList();

        var categories = SurveyCategories.All
            .Select(category =>
            {
                var c = (int)category;
                var score = AsScore(scores.Categories[c]);
                var before = AsScore(previous.Categories[c]);
                var itemsScored = SurveyItems.All.Count(i => i.Category == category && scores.Items[i.Number - 1] is not null);

                // R-SAT-1: unsatisfied items are followed up; compared on the printed value.
                var followUp = score is { } s && s.Display < options.FollowUpThreshold;
                return new CategoryScore(category, SurveyCategories.Name(category), score, itemsScored, tally.CategoryResponders[c], Rate(tally.CategoryResponders[c]), before, Delta(score, before), followUp);
            })
            .ToList();

        var lowest = items
            .Where(i => i.Score is not null)
            .OrderBy(i => i.Score!.Value.Exact)
            .ThenBy(i => i.Item.Number)
            .Take(options.LowestItemCount)
            .ToList();

        var overall = AsScore(scores.Overall);
        var previousOverall = AsScore(previous.Overall);
        return new ScoreSheet(
            id,
            name,
            households,
            tally.Responses,
            Rate(tally.Responses),
            overall,
            previousOverall,
            Delta(overall, previousOverall),
            categories,
            items,
            lowest,
            praise,
            problems);
    }

    /// <summary>The company's groups: each category's entries community after community (the same as grouping all responses).</summary>
    private static List<FeedbackGroup> Merge(IEnumerable<IReadOnlyList<FeedbackGroup>> perCommunity)
    {
        var all = perCommunity.SelectMany(g => g).ToList();
        return all
            .GroupBy(g => g.Category)
            .OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key)
            .Select(g => new FeedbackGroup(g.Key, g.First().Name, g.SelectMany(x => x.Entries).ToList()))
            .ToList();
    }

    private sealed record ValidResponse(SurveyResponse Response, int[] Levels);

    private sealed record CommunityScoring(CommunitySurveyInput Input, List<ValidResponse> Valid, SurveyTally Tally, SurveyTally PreviousTally, OverallWeighting Weighting)
    {
        public ScoreSet Scores { get; } = ScoreSet.FromTally(Tally, Weighting);

        public ScoreSet PreviousScores { get; } = ScoreSet.FromTally(PreviousTally, Weighting);
    }
}
