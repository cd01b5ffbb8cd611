using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>One item's score: the mean of its answered levels, 不适用 excluded (R-SAT-1).</summary>
/// <param name="Item">The item.</param>
/// <param name="Score">The score, or null when nobody answered it.</param>
/// <param name="Answers">Responses that answered the item (1–5).</param>
/// <param name="NotApplicable">Responses that chose 不适用.</param>
/// <param name="LevelCounts">Answers per level, indexed by <see cref="SatisfactionLevel"/> (index 0 = 不适用).</param>
/// <param name="SampleRate">Answers ÷ households, or null when there are no households.</param>
public sealed record ItemScore(
    SurveyItem Item,
    SatisfactionScore? Score,
    int Answers,
    int NotApplicable,
    IReadOnlyList<int> LevelCounts,
    decimal? SampleRate);
