using ReportingEngine.Domain.Collection;

namespace ReportingEngine.Domain.Arrears;

/// <summary>A draft-list account with the approval it has (R-COL-1 step 4: departments and leaders approve).</summary>
/// <param name="Candidate">The account.</param>
/// <param name="State">Latest approval state, null when never submitted.</param>
/// <param name="ActionId">The collection action that carries the approval, null when none.</param>
public sealed record LawyerLetterDecision(LawyerLetterCandidate Candidate, ApprovalState? State, string? ActionId)
{
    /// <summary>True when a letter may be produced now: approved and not yet sent.</summary>
    public bool MayIssue => State == ApprovalState.Approved;
}
