using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>The scored survey of a quarter: the company sheet, one sheet per community, and input problems (R-SAT-4).</summary>
/// <param name="Quarter">The quarter reported.</param>
/// <param name="PreviousQuarter">The quarter compared against.</param>
/// <param name="Options">The options used (so the report can state the weighting).</param>
/// <param name="Company">The company sheet.</param>
/// <param name="Communities">One sheet per community, in input order.</param>
/// <param name="Diagnostics">Responses that were skipped or partly ignored, by record key.</param>
public sealed record SatisfactionResult(
    SurveyQuarter Quarter,
    SurveyQuarter PreviousQuarter,
    SatisfactionScoringOptions Options,
    ScoreSheet Company,
    IReadOnlyList<ScoreSheet> Communities,
    IReadOnlyList<SurveyDiagnostic> Diagnostics)
{
    /// <summary>False when no community has a counted response this quarter.</summary>
    public bool HasResponses => Company.HasResponses;
}
