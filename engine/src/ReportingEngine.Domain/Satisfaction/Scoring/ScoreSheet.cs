using ReportingEngine.Domain.Satisfaction.Feedback;

namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>满意度评分 — the scores of one community or of the whole company for a quarter (R-SAT-4).</summary>
/// <param name="SubjectId">Community id, or the company id for the company sheet.</param>
/// <param name="SubjectName">Community or company name.</param>
/// <param name="Households">Households surveyed from (the sample-rate denominator).</param>
/// <param name="Responses">Responses counted.</param>
/// <param name="SampleRate">Responses ÷ households, or null when there are no households.</param>
/// <param name="Overall">Overall score (0–100), or null when nothing was answered.</param>
/// <param name="PreviousOverall">The previous quarter's overall score, or null when it had no data.</param>
/// <param name="OverallDelta">Displayed overall minus displayed previous overall, or null.</param>
/// <param name="Categories">The six categories in questionnaire order.</param>
/// <param name="Items">The 25 items in questionnaire order.</param>
/// <param name="LowestItems">The lowest-scoring items, lowest first, ties by item number.</param>
/// <param name="Praise">满意之处: praise texts grouped by category.</param>
/// <param name="Problems">存在的问题: problem texts grouped by category.</param>
public sealed record ScoreSheet(
    string SubjectId,
    string SubjectName,
    int Households,
    int Responses,
    decimal? SampleRate,
    SatisfactionScore? Overall,
    SatisfactionScore? PreviousOverall,
    decimal? OverallDelta,
    IReadOnlyList<CategoryScore> Categories,
    IReadOnlyList<ItemScore> Items,
    IReadOnlyList<ItemScore> LowestItems,
    IReadOnlyList<FeedbackGroup> Praise,
    IReadOnlyList<FeedbackGroup> Problems)
{
    /// <summary>False when the quarter has no counted response: the report then says "no responses" instead of scores.</summary>
    public bool HasResponses => Responses > 0;

    /// <summary>Categories flagged for follow-up (R-SAT-1), in questionnaire order.</summary>
    public IReadOnlyList<CategoryScore> FollowUps => Categories.Where(c => c.NeedsFollowUp).ToList();
}
