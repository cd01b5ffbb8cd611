namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>How the company's scores are formed from its communities (R-SAT-4).</summary>
public enum CompanyAggregation
{
    /// <summary>
    /// Default: all communities' responses pooled and scored as one survey — every household counts the same, so
    /// a large community weighs more (its sample is larger under the 10 % rule).
    /// </summary>
    PooledResponses,

    /// <summary>
    /// The mean of the communities' scores (item, category and overall), each community with responses counting
    /// once — a small office building counts as much as a large estate.
    /// </summary>
    MeanOfCommunities,
}
