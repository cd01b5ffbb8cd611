namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>The remarks about one category (or 其他), identical remarks counted once with their number (R-SAT-4).</summary>
/// <param name="Name">Category name or 其他.</param>
/// <param name="Mentions">Remarks in the group, duplicates included.</param>
/// <param name="Lines">Distinct remarks, most frequent first.</param>
internal sealed record FeedbackSection(string Name, int Mentions, IReadOnlyList<FeedbackLine> Lines);
