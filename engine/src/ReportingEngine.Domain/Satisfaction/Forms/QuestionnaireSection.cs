using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Domain.Satisfaction.Forms;

/// <summary>One category block of the 业户评议表: its heading and its items in order (R-SAT-2).</summary>
/// <param name="Number">1-based position of the category on the form (一、二、…).</param>
/// <param name="Category">The category.</param>
/// <param name="Title">Printed heading, e.g. 日常管理.</param>
/// <param name="Items">The items, numbered 1–25 across the whole form.</param>
public sealed record QuestionnaireSection(int Number, SurveyCategory Category, string Title, IReadOnlyList<SurveyItem> Items);
