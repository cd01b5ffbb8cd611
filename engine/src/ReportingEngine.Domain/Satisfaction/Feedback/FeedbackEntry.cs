namespace ReportingEngine.Domain.Satisfaction.Feedback;

/// <summary>One piece of free text (a clause or a run of clauses on one subject) and the response it came from.</summary>
/// <param name="ResponseId">The response.</param>
/// <param name="UnitId">The household's unit.</param>
/// <param name="Text">The text, trimmed.</param>
public sealed record FeedbackEntry(string ResponseId, string UnitId, string Text);
