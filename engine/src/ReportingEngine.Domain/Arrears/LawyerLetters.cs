using ReportingEngine.Domain.Collection;

namespace ReportingEngine.Domain.Arrears;

/// <summary>律师函 — the draft list and its approval (R-COL-1 step 4; R-COL-2 for what may be demanded).</summary>
public static class LawyerLetters
{
    /// <summary>The draft list: every assessed account the regulation makes eligible, in the given (delivery) order.</summary>
    /// <param name="assessments">Ladder assessments of the units.</param>
    /// <param name="options">Ladder settings (letter deadline), the default when null.</param>
    /// <returns>One candidate per eligible account with a demandable amount.</returns>
    /// <remarks>
    /// Eligibility follows the regulation (more than two months and at most a year past due, or two or more refused
    /// visits), not the ladder's "next step": leaders approve the list while visits go on. Accounts beyond a year
    /// are never on it (litigation instead). Time-barred periods are never demanded.
    /// </remarks>
    public static IReadOnlyList<LawyerLetterCandidate> Draft(IEnumerable<StageAssessment> assessments, CollectionLadderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        options = CollectionLadderOptions.Checked(options);
        var list = new List<LawyerLetterCandidate>();
        foreach (var assessment in assessments.Where(a => a.LawyerLetterEligible))
        {
            var amount = assessment.DemandablePeriods.Sum(p => p.Outstanding);
            if (amount <= 0)
            {
                continue;
            }

            list.Add(new LawyerLetterCandidate(
                assessment.UnitId,
                assessment.UnitLabel,
                assessment.DemandablePeriods,
                amount,
                assessment.AsOf.AddDays(options.LawyerLetterDeadlineDays),
                assessment.Reason));
        }

        return list;
    }

    /// <summary>Matches the draft list with approvals recorded as lawyer-letter collection actions.</summary>
    /// <param name="draft">The draft list.</param>
    /// <param name="actions">Collection actions; per unit, the latest lawyer-letter action with an approval state made after the oldest demanded period fell due counts.</param>
    /// <param name="asOf">Actions after this day are ignored.</param>
    /// <returns>Every draft account with its approval; only <see cref="LawyerLetterDecision.MayIssue"/> ones get a letter.</returns>
    public static IReadOnlyList<LawyerLetterDecision> Decide(IEnumerable<LawyerLetterCandidate> draft, IEnumerable<CollectionAction> actions, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actions);
        var byUnit = actions
            .Where(a => a.Kind == CollectionActionKind.LawyerLetter && a.Approval is not null && DateOnly.FromDateTime(a.ActedAt) <= asOf)
            .GroupBy(a => a.UnitId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.ActedAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var decisions = new List<LawyerLetterDecision>();
        foreach (var candidate in draft)
        {
            // Only approvals made for the current arrears count: a letter sent for debts since paid neither blocks nor authorises a new one.
            var since = candidate.Periods.Count > 0 ? candidate.Periods[0].DueOn : DateOnly.MinValue;
            var action = byUnit.TryGetValue(candidate.UnitId, out var list)
                ? list.LastOrDefault(a => DateOnly.FromDateTime(a.ActedAt) > since)
                : null;
            decisions.Add(new LawyerLetterDecision(candidate, action?.Approval, action?.Id));
        }

        return decisions;
    }

    /// <summary>The accounts that get a letter now: approved and not yet sent (R-COL-1 step 4).</summary>
    /// <param name="draft">The draft list.</param>
    /// <param name="actions">Collection actions carrying approvals.</param>
    /// <param name="asOf">Actions after this day are ignored.</param>
    /// <returns>The approved candidates, in draft order.</returns>
    public static IReadOnlyList<LawyerLetterCandidate> Approved(IEnumerable<LawyerLetterCandidate> draft, IEnumerable<CollectionAction> actions, DateOnly asOf) =>
        Decide(draft, actions, asOf).Where(d => d.MayIssue).Select(d => d.Candidate).ToList();
}
