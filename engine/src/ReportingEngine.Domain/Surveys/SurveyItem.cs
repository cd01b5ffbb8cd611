namespace ReportingEngine.Domain.Surveys;

/// <summary>评议项目 — one of the 25 survey items.</summary>
/// <param name="Number">1–25, the column <c>s01</c>…<c>s25</c>.</param>
/// <param name="Category">Category.</param>
/// <param name="Name">Chinese item name.</param>
public sealed record SurveyItem(int Number, SurveyCategory Category, string Name);
