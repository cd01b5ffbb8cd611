using ReportingEngine.Domain.Billing;

namespace ReportingEngine.Domain.Arrears;

/// <summary>An account on the lawyer-letter draft list (律师函名单) drafted by customer service (R-COL-1 step 4).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="UnitLabel">The unit's label.</param>
/// <param name="Periods">The periods the letter may demand (time-barred ones left out), oldest first.</param>
/// <param name="Amount">Sum demanded, in yuan.</param>
/// <param name="Deadline">Payment deadline the letter states.</param>
/// <param name="Reason">Why the account is eligible.</param>
public sealed record LawyerLetterCandidate(
    string UnitId,
    string UnitLabel,
    IReadOnlyList<PeriodBalance> Periods,
    decimal Amount,
    DateOnly Deadline,
    StageReason Reason);
