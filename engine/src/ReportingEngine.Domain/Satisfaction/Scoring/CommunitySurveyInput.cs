using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Surveys;

namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>One community's survey data for scoring: its households and the responses of this and the previous quarter.</summary>
/// <param name="Community">The community.</param>
/// <param name="Households">Households (the sample-rate denominator), e.g. <see cref="Sampling.SamplingPlan.HouseholdCount"/>.</param>
/// <param name="Responses">Responses of the quarter being reported.</param>
/// <param name="PreviousResponses">Responses of the previous quarter (empty when there were none).</param>
public sealed record CommunitySurveyInput(
    Community Community,
    int Households,
    IReadOnlyList<SurveyResponse> Responses,
    IReadOnlyList<SurveyResponse> PreviousResponses);
