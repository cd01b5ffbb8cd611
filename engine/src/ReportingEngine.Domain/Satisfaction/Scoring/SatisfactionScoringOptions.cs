namespace ReportingEngine.Domain.Satisfaction.Scoring;

/// <summary>Options of satisfaction scoring (R-SAT-1, R-SAT-4).</summary>
public sealed record SatisfactionScoringOptions
{
    /// <summary>Equal category weights, pooled company, follow-up below 80, lowest five items.</summary>
    public static SatisfactionScoringOptions Default { get; } = new();

    /// <summary>
    /// Categories whose displayed score (rounded to 0.1) is below this are flagged for follow-up (R-SAT-1). The displayed
    /// value is compared so a printed 80.0 is never flagged as "below 80".
    /// </summary>
    public decimal FollowUpThreshold { get; init; } = 80m;

    /// <summary>How categories combine into the overall score.</summary>
    public OverallWeighting OverallWeighting { get; init; } = OverallWeighting.EqualCategories;

    /// <summary>How communities combine into the company's scores.</summary>
    public CompanyAggregation CompanyAggregation { get; init; } = CompanyAggregation.PooledResponses;

    /// <summary>How many of the lowest-scoring items the report lists.</summary>
    public int LowestItemCount { get; init; } = 5;

    /// <summary>Checks the options once, before scoring.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        if (FollowUpThreshold < 0m || FollowUpThreshold > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(FollowUpThreshold), FollowUpThreshold, SatisfactionMessages.ThresholdOutOfRange);
        }

        if (LowestItemCount < 0 || LowestItemCount > Surveys.SurveyItems.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(LowestItemCount), LowestItemCount, SatisfactionMessages.LowestItemCountOutOfRange);
        }

        if (!Enum.IsDefined(OverallWeighting))
        {
            throw new ArgumentOutOfRangeException(nameof(OverallWeighting), OverallWeighting, null);
        }

        if (!Enum.IsDefined(CompanyAggregation))
        {
            throw new ArgumentOutOfRangeException(nameof(CompanyAggregation), CompanyAggregation, null);
        }
    }
}
