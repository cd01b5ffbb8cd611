using ReportingEngine.Domain.Billing;

namespace ReportingEngine.Domain.Arrears;

/// <summary>A unit's place on the collection ladder as of a day, with the reason (R-COL-1).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="UnitLabel">The unit's label.</param>
/// <param name="AsOf">The assessment day.</param>
/// <param name="Stage">The next step to take.</param>
/// <param name="EligibleSteps">Every step the regulation allows now (a lawyer-letter-eligible account may still be at the visit stage).</param>
/// <param name="Reason">The facts behind it.</param>
/// <param name="DemandablePeriods">Open periods that may be demanded (time-barred ones left out), oldest first.</param>
public sealed record StageAssessment(
    string UnitId,
    string UnitLabel,
    DateOnly AsOf,
    CollectionStage Stage,
    IReadOnlySet<CollectionStage> EligibleSteps,
    StageReason Reason,
    IReadOnlyList<PeriodBalance> DemandablePeriods)
{
    /// <summary>True when the regulation allows a lawyer letter now (R-COL-1 step 4).</summary>
    public bool LawyerLetterEligible => EligibleSteps.Contains(CollectionStage.LawyerLetter);
}
