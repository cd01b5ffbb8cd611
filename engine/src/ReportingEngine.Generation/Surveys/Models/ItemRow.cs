namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>One of the lowest-scoring items, with its counts (R-SAT-4).</summary>
/// <param name="Rank">1 = lowest.</param>
/// <param name="Number">Item number 1–25.</param>
/// <param name="Name">Item name.</param>
/// <param name="Category">Category name.</param>
/// <param name="Score">Displayed score.</param>
/// <param name="Answers">Answers (1–5) counted.</param>
/// <param name="NotApplicable">不适用 answers.</param>
/// <param name="SampleRate">Answers ÷ households as a percentage.</param>
internal sealed record ItemRow(int Rank, int Number, string Name, string Category, string Score, int Answers, int NotApplicable, string SampleRate);
