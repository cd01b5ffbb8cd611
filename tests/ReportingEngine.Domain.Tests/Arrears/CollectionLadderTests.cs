using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;
using Xunit;
using static ReportingEngine.Domain.Tests.Billing.FeeFixtures;

namespace ReportingEngine.Domain.Tests.Arrears;

public sealed class CollectionLadderTests
{
    // The March 2026 bill is due on 2026-03-20 (R-FEE-2); it stays unpaid.
    private static readonly ReportingEngine.Domain.Fees.Bill March = Bill("2026-03", 500m);

    private static StageAssessment Assess(DateOnly asOf, IReadOnlyList<CollectionAction>? actions = null, bool abroad = false, CollectionLadderOptions? options = null, LimitationReport? limitation = null)
    {
        var statement = AccountStatement.Compute(Unit, [March], [], asOf);
        return CollectionLadder.Assess(
            new CollectionCase { Statement = statement, UnitLabel = "3栋 12-02", OwnerLivesAbroad = abroad, Actions = actions ?? [], Limitation = limitation },
            options);
    }

    [Fact]
    public void On_the_due_date_the_account_is_still_at_the_reminder_stage()
    {
        // R-COL-1 step 1 / R-FEE-2: the 20th is the last day on time
        var assessment = Assess(D(2026, 3, 20));

        Assert.Equal(CollectionStage.Reminder, assessment.Stage);
        Assert.Contains("尚未逾期", assessment.Reason.Facts);
    }

    [Fact]
    public void The_day_after_the_due_date_the_collector_calls()
    {
        // R-FEE-2: after the due date a collector calls
        var assessment = Assess(D(2026, 3, 21));

        Assert.Equal(CollectionStage.Phone, assessment.Stage);
        Assert.Equal(new OverdueSpan(0, 1), assessment.Reason.Overdue);
    }

    [Fact]
    public void Exactly_two_months_past_due_is_not_yet_more_than_two_months()
    {
        // R-COL-1 steps 3–4: "more than two months"; due 03-20, exactly two months on 05-20
        var assessment = Assess(D(2026, 5, 20));

        Assert.Equal(CollectionStage.Phone, assessment.Stage);
        Assert.DoesNotContain(CollectionStage.DoorVisit, assessment.EligibleSteps);
        Assert.False(assessment.LawyerLetterEligible);
        Assert.Equal(new OverdueSpan(2, 0), assessment.Reason.Overdue);
    }

    [Fact]
    public void Two_months_and_one_day_past_due_makes_door_visit_and_lawyer_letter_eligible()
    {
        // R-COL-1 steps 3–4: > 2 months; the ladder visits first (no visit made yet)
        var assessment = Assess(D(2026, 5, 21));

        Assert.Equal(CollectionStage.DoorVisit, assessment.Stage);
        Assert.Contains(CollectionStage.DoorVisit, assessment.EligibleSteps);
        Assert.True(assessment.LawyerLetterEligible);
        Assert.Contains("已逾期 2个月1天", assessment.Reason.Facts);
    }

    [Fact]
    public void After_a_door_visit_an_account_more_than_two_months_past_due_moves_to_the_lawyer_letter()
    {
        // R-COL-1 step 4
        var assessment = Assess(D(2026, 6, 1), [Visit("V1", D(2026, 5, 23), CollectionOutcome.NoAnswer)]);

        Assert.Equal(CollectionStage.LawyerLetter, assessment.Stage);
        Assert.Equal(1, assessment.Reason.VisitsMade);
    }

    [Fact]
    public void Without_the_visit_first_policy_the_stage_is_the_lawyer_letter_at_two_months_and_one_day()
    {
        var assessment = Assess(D(2026, 5, 21), options: CollectionLadderOptions.Default with { RequireVisitBeforeLawyerLetter = false });

        Assert.Equal(CollectionStage.LawyerLetter, assessment.Stage);
    }

    [Fact]
    public void Exactly_twelve_months_past_due_is_still_within_the_lawyer_letter_year()
    {
        // R-COL-1 step 4: at most one year
        var assessment = Assess(D(2027, 3, 20), [Visit("V1", D(2026, 6, 6), CollectionOutcome.Promised)]);

        Assert.Equal(CollectionStage.LawyerLetter, assessment.Stage);
        Assert.True(assessment.LawyerLetterEligible);
        Assert.Equal(new OverdueSpan(12, 0), assessment.Reason.Overdue);
    }

    [Fact]
    public void Twelve_months_and_one_day_past_due_is_beyond_the_ladder_and_not_a_lawyer_letter()
    {
        // R-COL-1: > 1 year past due → litigation candidate, not a lawyer letter (even with refused visits)
        var refusals = new[] { Visit("V1", D(2026, 4, 4), CollectionOutcome.Refused), Visit("V2", D(2026, 4, 11), CollectionOutcome.Refused) };

        var assessment = Assess(D(2027, 3, 21), refusals);

        Assert.Equal(CollectionStage.BeyondLadder, assessment.Stage);
        Assert.False(assessment.LawyerLetterEligible);
        Assert.Empty(LawyerLetters.Draft([assessment]));
    }

    [Fact]
    public void Two_refused_visits_at_one_month_past_due_make_the_lawyer_letter_eligible()
    {
        // R-COL-1 step 4: or after two or more refused door visits
        var refusals = new[] { Visit("V1", D(2026, 4, 4), CollectionOutcome.Refused), Visit("V2", D(2026, 4, 11), CollectionOutcome.Refused) };

        var assessment = Assess(D(2026, 4, 20), refusals);

        Assert.Equal(CollectionStage.LawyerLetter, assessment.Stage);
        Assert.True(assessment.LawyerLetterEligible);
        Assert.DoesNotContain(CollectionStage.DoorVisit, assessment.EligibleSteps);
        Assert.Contains("上门催缴被拒 2 次", assessment.Reason.Facts);
    }

    [Fact]
    public void One_refused_visit_or_refusals_before_the_arrears_fell_due_do_not_count()
    {
        var refusals = new[] { Visit("V0", D(2026, 3, 10), CollectionOutcome.Refused), Visit("V1", D(2026, 4, 4), CollectionOutcome.Refused), Visit("V9", D(2026, 4, 4), CollectionOutcome.Refused, unit: "U-other") };

        var assessment = Assess(D(2026, 4, 20), refusals);

        Assert.Equal(CollectionStage.Phone, assessment.Stage);
        Assert.Equal(1, assessment.Reason.RefusedVisits);
    }

    [Fact]
    public void An_owner_living_abroad_is_called_not_visited_and_then_gets_the_letter()
    {
        // R-COL-1 step 2: owners living abroad are reached by phone
        var early = Assess(D(2026, 4, 1), abroad: true);
        var late = Assess(D(2026, 5, 21), abroad: true);

        Assert.Equal(CollectionStage.Phone, early.Stage);
        Assert.Equal(CollectionStage.LawyerLetter, late.Stage);
        Assert.DoesNotContain(CollectionStage.DoorVisit, late.EligibleSteps);
        Assert.Contains("业主长期居住境外", late.Reason.Facts);
    }

    [Fact]
    public void A_settled_account_has_no_stage()
    {
        var statement = AccountStatement.Compute(Unit, [March], [Pay("P1", March.Id, D(2026, 3, 19), 500m)], D(2026, 6, 1));

        var assessment = CollectionLadder.Assess(new CollectionCase { Statement = statement, UnitLabel = "3栋 12-02" });

        Assert.Equal(CollectionStage.None, assessment.Stage);
        Assert.Equal("无欠费", assessment.Reason.ToString());
    }

    [Fact]
    public void The_reason_states_the_oldest_unpaid_period_the_months_overdue_and_the_amount()
    {
        var assessment = Assess(D(2026, 7, 25));

        Assert.Equal(new BillingPeriod(2026, 3), assessment.Reason.OldestUnpaidPeriod);
        Assert.Equal(500m, assessment.Reason.OverdueAmount);
        Assert.Equal("最早欠费账期 2026-03（缴费期限 2026-03-20）；已逾期 4个月5天；逾期欠费 500.00 元，欠费合计 500.00 元", assessment.Reason.ToString());
    }

    [Fact]
    public void Months_past_due_are_calendar_months_aware_of_short_months()
    {
        // Due on the 31st: one month later is the last day of February
        Assert.Equal(new OverdueSpan(1, 0), OverdueSpan.Between(D(2027, 1, 31), D(2027, 2, 28)));
        Assert.Equal(new OverdueSpan(1, 1), OverdueSpan.Between(D(2027, 1, 31), D(2027, 3, 1)));
        Assert.True(OverdueSpan.Between(D(2027, 1, 31), D(2027, 3, 1)).IsMoreThanMonths(1));
        Assert.Equal(default, OverdueSpan.Between(D(2027, 1, 31), D(2027, 1, 1)));
    }

    [Fact]
    public void Only_time_barred_arrears_leave_the_account_off_the_ladder_but_flagged()
    {
        // R-COL-2: time-barred periods are flagged, never demanded
        var old = Bill("2020-01", 420m);
        var statement = AccountStatement.Compute(Unit, [old], [], D(2026, 6, 1));
        var limitation = LimitationClock.Evaluate(statement, [], []);

        var assessment = CollectionLadder.Assess(new CollectionCase { Statement = statement, UnitLabel = "3栋 12-02", Limitation = limitation });

        Assert.Equal(CollectionStage.None, assessment.Stage);
        Assert.Empty(assessment.DemandablePeriods);
        Assert.Equal(420m, assessment.Reason.TimeBarredAmount);
        Assert.Contains("已过诉讼时效 420.00 元（仅标注，不予催缴）", assessment.Reason.Facts);
    }

    [Fact]
    public void Collection_lists_group_units_by_stage_in_delivery_order()
    {
        // R-COL-1: one list per stage
        var assessments = new[] { Assess(D(2026, 5, 21)), Assess(D(2026, 3, 25)), Assess(D(2026, 3, 10)), Assess(D(2026, 4, 1)) };

        var lists = CollectionLists.ByStage(assessments);

        Assert.Equal(6, lists.Count);
        Assert.Equal([D(2026, 3, 25), D(2026, 4, 1)], lists[CollectionStage.Phone].Select(a => a.AsOf));
        Assert.Single(lists[CollectionStage.DoorVisit]);
        Assert.Empty(lists[CollectionStage.LawyerLetter]);
    }

    [Fact]
    public void Ladder_options_whose_letter_year_does_not_follow_the_visit_threshold_are_refused()
    {
        var inverted = CollectionLadderOptions.Default with { LawyerLetterUpToMonths = 2 };

        Assert.NotEmpty(inverted.Validate());
        Assert.Empty(CollectionLadderOptions.Default.Validate());
        Assert.Throws<ArgumentException>(() => Assess(D(2026, 5, 21), options: inverted));
    }
}
