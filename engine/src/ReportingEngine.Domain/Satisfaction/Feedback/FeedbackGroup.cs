using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Domain.Satisfaction.Feedback;

/// <summary>Free texts about one category, or 其他 when none matched (R-SAT-4).</summary>
/// <param name="Category">The category, or null for 其他.</param>
/// <param name="Name">Chinese heading (category name or 其他).</param>
/// <param name="Entries">The texts in response order.</param>
public sealed record FeedbackGroup(SurveyCategory? Category, string Name, IReadOnlyList<FeedbackEntry> Entries);
