using ReportingEngine.Domain.Collection;

namespace ReportingEngine.Domain.Arrears;

/// <summary>催缴阶梯 — the collection stage of a unit (R-COL-1, R-FEE-2).</summary>
/// <remarks>
/// <para>"Months past due" is measured from the due date of the oldest demandable unpaid period in calendar months
/// (<see cref="OverdueSpan"/>): exactly two months is not "more than two months"; one day more is.</para>
/// <list type="bullet">
/// <item>nothing owed → <see cref="CollectionStage.None"/>; owed but not yet due → <see cref="CollectionStage.Reminder"/>;</item>
/// <item>past due → <see cref="CollectionStage.Phone"/> (R-FEE-2: after the due date the collector calls; R-COL-1 step 2 for owners abroad);</item>
/// <item>more than two months → door visit eligible (not for owners abroad);</item>
/// <item>more than two months and at most twelve, or two or more refused visits (at most twelve months) → lawyer letter eligible;</item>
/// <item>more than twelve months → <see cref="CollectionStage.BeyondLadder"/>, a litigation candidate, never a lawyer letter.</item>
/// </list>
/// <para>The stage is the highest eligible step, except that by default an account eligible for a letter by age alone waits
/// at the door-visit stage until a visit has been made (<see cref="CollectionLadderOptions.RequireVisitBeforeLawyerLetter"/>).
/// Visits count from the day after the oldest unpaid period's due date: refusals about paid-up arrears do not count.</para>
/// </remarks>
public static class CollectionLadder
{
    /// <summary>Assesses one unit as of its statement's day.</summary>
    /// <param name="collectionCase">Statement, owner facts, actions and limitation report.</param>
    /// <param name="options">Ladder settings, <see cref="CollectionLadderOptions.Default"/> when null.</param>
    /// <returns>Stage, eligible steps and reason.</returns>
    public static StageAssessment Assess(CollectionCase collectionCase, CollectionLadderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(collectionCase);
        options = CollectionLadderOptions.Checked(options);
        var statement = collectionCase.Statement;
        var asOf = statement.AsOf;
        var demandable = collectionCase.Limitation is { } limitation
            ? DemandFilter.Demandable(statement.Periods, limitation)
            : statement.OpenPeriods;
        var barredAmount = collectionCase.Limitation?.AmountTimeBarred ?? 0m;
        var abroad = collectionCase.OwnerLivesAbroad;
        var eligible = new HashSet<CollectionStage>();

        var oldest = demandable.Count > 0 ? demandable[0] : null;
        if (oldest is null)
        {
            return Result(CollectionStage.None, new StageReason(null, null, default, 0m, 0m, 0, 0, abroad, barredAmount));
        }

        var overdue = OverdueSpan.Between(oldest.DueOn, asOf);
        var overdueAmount = demandable.Where(p => p.IsOverdueOn(asOf)).Sum(p => p.Outstanding);
        var visits = collectionCase.Actions
            .Where(a => string.Equals(a.UnitId, statement.UnitId, StringComparison.Ordinal)
                && a.Kind == CollectionActionKind.Visit
                && DateOnly.FromDateTime(a.ActedAt) > oldest.DueOn
                && DateOnly.FromDateTime(a.ActedAt) <= asOf)
            .ToList();
        var refused = visits.Count(v => v.Outcome == CollectionOutcome.Refused);
        var reason = new StageReason(
            oldest.Period,
            oldest.DueOn,
            overdue,
            overdueAmount,
            demandable.Sum(p => p.Outstanding),
            refused,
            visits.Count,
            abroad,
            barredAmount);

        if (overdue.IsZero)
        {
            // R-COL-1 step 1: the notice is out, payment not yet due.
            eligible.Add(CollectionStage.Reminder);
            return Result(CollectionStage.Reminder, reason);
        }

        // R-FEE-2: after the due date a collector calls; R-COL-1 step 2 for owners abroad.
        eligible.Add(CollectionStage.Phone);
        if (overdue.IsMoreThanMonths(options.LawyerLetterUpToMonths))
        {
            // More than a year: beyond the ladder, a litigation candidate (not a lawyer letter).
            eligible.Add(CollectionStage.BeyondLadder);
            return Result(CollectionStage.BeyondLadder, reason);
        }

        var pastVisitThreshold = overdue.IsMoreThanMonths(options.VisitAfterMonths);
        if (pastVisitThreshold && !abroad)
        {
            // R-COL-1 step 3: more than two months past due → door visit by a team of ≥ 2.
            eligible.Add(CollectionStage.DoorVisit);
        }

        var letterByRefusals = refused >= options.RefusedVisitsForLetter;
        if (pastVisitThreshold || letterByRefusals)
        {
            // R-COL-1 step 4: > 2 months and ≤ 1 year past due, or ≥ 2 refused door visits.
            eligible.Add(CollectionStage.LawyerLetter);
        }

        var stage = CollectionStage.Phone;
        if (eligible.Contains(CollectionStage.LawyerLetter)
            && (letterByRefusals || abroad || !options.RequireVisitBeforeLawyerLetter || visits.Count > 0))
        {
            stage = CollectionStage.LawyerLetter;
        }
        else if (eligible.Contains(CollectionStage.DoorVisit))
        {
            stage = CollectionStage.DoorVisit;
        }

        return Result(stage, reason);

        StageAssessment Result(CollectionStage stage, StageReason facts) =>
            new(statement.UnitId, collectionCase.UnitLabel, asOf, stage, eligible, facts, demandable);
    }
}
