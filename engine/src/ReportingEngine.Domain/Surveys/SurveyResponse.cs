namespace ReportingEngine.Domain.Surveys;

/// <summary>业户评议表 — one household's answers for a quarter (R-SAT-1, R-SAT-2).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Household's unit (R-SAT-3 samples per entrance).</param>
/// <param name="Quarter">Quarter <c>YYYYQn</c>.</param>
/// <param name="RespondedOn">Date filled in.</param>
/// <param name="Scores">25 item scores, index 0 = item 1, each 1 (很不满意) … 5 (很满意), or 0 for 不适用 (not applicable, R-SAT-2).</param>
/// <param name="Praise">What the household praised (free text, may be empty).</param>
/// <param name="Problems">Problems raised (free text, may be empty).</param>
public sealed record SurveyResponse(
    string Id,
    string UnitId,
    string Quarter,
    DateOnly RespondedOn,
    IReadOnlyList<int> Scores,
    string Praise,
    string Problems);
