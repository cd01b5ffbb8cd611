using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Domain.Satisfaction.Feedback;

/// <summary>The keywords that put a clause of free text under a category, drawn from the category's item names.</summary>
/// <param name="Category">The category.</param>
/// <param name="Keywords">Keywords, matched as plain substrings.</param>
public sealed record FeedbackRule(SurveyCategory Category, IReadOnlyList<string> Keywords);
