using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>One category's score: the mean of its item scores, items nobody answered excluded (R-SAT-1, R-SAT-4).</summary>
/// <param name="Category">The category.</param>
/// <param name="Name">Chinese heading.</param>
/// <param name="Score">The score, or null when no item of the category was answered.</param>
/// <param name="ItemsScored">Items of the category with a score.</param>
/// <param name="Responses">Responses answering at least one item of the category.</param>
/// <param name="SampleRate">Responses ÷ households, or null when there are no households.</param>
/// <param name="Previous">The previous quarter's score, or null when it had no data.</param>
/// <param name="Delta">Displayed score minus displayed previous score (so the printed numbers add up), or null.</param>
/// <param name="NeedsFollowUp">True when the displayed score is below the follow-up threshold (R-SAT-1).</param>
public sealed record CategoryScore(
    SurveyCategory Category,
    string Name,
    SatisfactionScore? Score,
    int ItemsScored,
    int Responses,
    decimal? SampleRate,
    SatisfactionScore? Previous,
    decimal? Delta,
    bool NeedsFollowUp);
