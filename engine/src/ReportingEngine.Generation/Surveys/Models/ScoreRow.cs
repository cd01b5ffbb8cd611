namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>One line of a score table: a category, a community or a quarter, with counts and sample rate beside the score (R-SAT-4).</summary>
/// <param name="Name">Category, community or quarter.</param>
/// <param name="Score">Displayed score (one decimal) or 无数据.</param>
/// <param name="Previous">Previous quarter's displayed score or —.</param>
/// <param name="Delta">Change, signed (<c>+1.2</c>), or —.</param>
/// <param name="Responses">Responses counted.</param>
/// <param name="Households">Households (sample-rate denominator).</param>
/// <param name="SampleRate">Responses ÷ households as a percentage, or —.</param>
/// <param name="FollowUp">True when below the follow-up threshold (R-SAT-1).</param>
internal sealed record ScoreRow(string Name, string Score, string Previous, string Delta, int Responses, int Households, string SampleRate, bool FollowUp);
