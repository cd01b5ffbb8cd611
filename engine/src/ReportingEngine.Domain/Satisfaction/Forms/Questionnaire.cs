namespace ReportingEngine.Domain.Satisfaction.Forms;

/// <summary>业户评议表 — the blank quarterly survey form as data: sections, scale, free-text fields (R-SAT-1, R-SAT-2).</summary>
/// <param name="Title">Form title.</param>
/// <param name="Instructions">Instructions printed under the title.</param>
/// <param name="Sections">The six categories in order, with their 25 items.</param>
/// <param name="Scale">Answer columns in printing order (很满意 … 很不满意, 不适用).</param>
/// <param name="Praise">满意之处 box.</param>
/// <param name="Problems">问题与建议 box.</param>
public sealed record Questionnaire(
    string Title,
    string Instructions,
    IReadOnlyList<QuestionnaireSection> Sections,
    IReadOnlyList<ScaleOption> Scale,
    FreeTextField Praise,
    FreeTextField Problems)
{
    /// <summary>Number of items on the form (25 for the standard form).</summary>
    public int ItemCount => Sections.Sum(s => s.Items.Count);
}
