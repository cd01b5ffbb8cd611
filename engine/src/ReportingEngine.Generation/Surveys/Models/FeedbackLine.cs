namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>One distinct remark and how many households wrote it.</summary>
/// <param name="Text">The remark.</param>
/// <param name="Count">Households that wrote it.</param>
internal sealed record FeedbackLine(string Text, int Count);
