namespace ReportingEngine.Domain.Satisfaction;

/// <summary>A problem found in survey input, placed by its record key (a response id, unit id or building id).</summary>
/// <param name="Key">The record the problem belongs to, e.g. <c>survey_responses(R-2026Q3-0001)</c>.</param>
/// <param name="Message">What is wrong, in words a clerk can act on.</param>
public sealed record SurveyDiagnostic(string Key, string Message)
{
    /// <summary>The diagnostic as <c>key: error: message</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => $"{Key}: error: {Message}";
}
