namespace ReportingEngine.Domain.Satisfaction.Forms;

/// <summary>One printable 业户评议表 for one sampled household: the blank form plus its pre-filled header (R-SAT-1).</summary>
/// <param name="Header">Pre-filled header.</param>
/// <param name="Questionnaire">The blank form.</param>
public sealed record HouseholdForm(QuestionnaireHeader Header, Questionnaire Questionnaire);
