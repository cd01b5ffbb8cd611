using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>Exact item, category and overall scores of one subject; null where nothing was answered.</summary>
internal sealed record ScoreSet(decimal?[] Items, decimal?[] Categories, decimal? Overall)
{
    public static ScoreSet Empty { get; } = new(new decimal?[SurveyItems.Count], new decimal?[SurveyCategories.All.Count], null);

    /// <summary>R-SAT-1: item = mean of answered points; category = mean of its scored items; overall per the weighting.</summary>
    public static ScoreSet FromTally(SurveyTally tally, OverallWeighting weighting)
    {
        var items = new decimal?[SurveyItems.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = tally.Answers[i] == 0 ? null : (decimal)tally.Points[i] / tally.Answers[i];
        }

        return FromItems(items, weighting);
    }

    private static ScoreSet FromItems(decimal?[] items, OverallWeighting weighting)
    {
        var categories = new decimal?[SurveyCategories.All.Count];
        var scoredItems = new int[categories.Length];
        foreach (var category in SurveyCategories.All)
        {
            var scores = SurveyItems.All.Where(i => i.Category == category).Select(i => items[i.Number - 1]).OfType<decimal>().ToList();
            scoredItems[(int)category] = scores.Count;
            categories[(int)category] = scores.Count == 0 ? null : scores.Sum() / scores.Count;
        }

        decimal? overall = null;
        var weightSum = 0m;
        var weighted = 0m;
        for (var c = 0; c < categories.Length; c++)
        {
            if (categories[c] is { } score)
            {
                // R-SAT-4: equal category weights by default; by item count = the mean of all scored items.
                var weight = weighting == OverallWeighting.ByItemCount ? scoredItems[c] : 1m;
                weighted += weight * score;
                weightSum += weight;
            }
        }

        if (weightSum > 0m)
        {
            overall = weighted / weightSum;
        }

        return new ScoreSet(items, categories, overall);
    }

    /// <summary>The mean of several subjects' scores, each level (item, category, overall) over the subjects that have it.</summary>
    public static ScoreSet MeanOf(IReadOnlyList<ScoreSet> sets)
    {
        var items = new decimal?[SurveyItems.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Mean(sets.Select(s => s.Items[i]));
        }

        var categories = new decimal?[SurveyCategories.All.Count];
        for (var c = 0; c < categories.Length; c++)
        {
            categories[c] = Mean(sets.Select(s => s.Categories[c]));
        }

        return new ScoreSet(items, categories, Mean(sets.Select(s => s.Overall)));
    }

    private static decimal? Mean(IEnumerable<decimal?> values)
    {
        var present = values.OfType<decimal>().ToList();
        return present.Count == 0 ? null : present.Sum() / present.Count;
    }
}
