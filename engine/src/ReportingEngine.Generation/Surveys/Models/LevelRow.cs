namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>Answers given at one level of the scale, over all items.</summary>
/// <param name="Label">很满意 … 不适用.</param>
/// <param name="Answers">Number of answers.</param>
/// <param name="Share">Share of all answers as a percentage.</param>
internal sealed record LevelRow(string Label, int Answers, string Share);
