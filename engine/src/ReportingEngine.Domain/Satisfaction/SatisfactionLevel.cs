namespace ReportingEngine.Domain.Satisfaction;

/// <summary>满意度等级 — one answer on the five-level scale of the 业户评议表, or 不适用 (R-SAT-2).</summary>
/// <remarks>
/// The numeric values are what <see cref="Surveys.SurveyResponse.Scores"/> holds: 1 (很不满意) … 5 (很满意),
/// and 0 for "not applicable" (the household did not use the service, e.g. paid services or parking).
/// </remarks>
public enum SatisfactionLevel
{
    /// <summary>不适用 — not answered / not applicable; excluded from every mean.</summary>
    NotApplicable = 0,

    /// <summary>很不满意 — 20 points.</summary>
    VeryDissatisfied = 1,

    /// <summary>不满意 — 40 points.</summary>
    Dissatisfied = 2,

    /// <summary>一般 — 60 points.</summary>
    Neutral = 3,

    /// <summary>满意 — 80 points.</summary>
    Satisfied = 4,

    /// <summary>很满意 — 100 points.</summary>
    VerySatisfied = 5,
}
