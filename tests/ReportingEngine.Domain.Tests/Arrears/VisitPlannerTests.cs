using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using Xunit;
using static ReportingEngine.Domain.Tests.Billing.FeeFixtures;

namespace ReportingEngine.Domain.Tests.Arrears;

public sealed class VisitPlannerTests
{
    // 2026-11-23 is a Monday.
    private static readonly IReadOnlyList<VisitSlot> Week = VisitPlanner.Slots(D(2026, 11, 23), D(2026, 11, 29));

    private static List<VisitTarget> Targets(params (string Building, int Count)[] buildings) =>
        buildings.SelectMany(b => Enumerable.Range(1, b.Count).Select(i => new VisitTarget($"{b.Building}-{i:00}", b.Building, $"{b.Building} {i}01", 500m))).ToList();

    [Fact]
    public void A_week_has_five_evenings_and_two_weekend_days_of_two_slots()
    {
        // R-COL-1 step 3: evenings or weekends
        Assert.Equal(9, Week.Count);
        Assert.All(Week.Where(s => !s.IsWeekend), s => Assert.Equal(new TimeOnly(18, 30), s.Start));
        Assert.All(Week, s => Assert.True(s.End <= new TimeOnly(21, 0)));
        Assert.Equal(4, Week.Count(s => s.IsWeekend));
    }

    [Fact]
    public void Staff_form_teams_of_at_least_two_and_each_building_goes_to_one_team()
    {
        // R-COL-1 step 3: 催缴小组每小组不得少于2人
        var plan = VisitPlanner.Plan(Targets(("B1", 3), ("B2", 2), ("B3", 4)), ["张伟", "李娜", "王强", "赵敏", "刘洋"], Week);

        Assert.Equal(2, plan.Teams.Count);
        Assert.All(plan.Teams, t => Assert.True(t.Staff.Count >= 2));
        Assert.Equal(5, plan.Teams.Sum(t => t.Staff.Count));
        Assert.Equal(9, plan.Teams.Sum(t => t.Visits.Count));
        Assert.Empty(plan.Unplanned);
        foreach (var building in new[] { "B1", "B2", "B3" })
        {
            Assert.Single(plan.Teams, t => t.Visits.Any(v => v.Target.BuildingId == building));
        }
    }

    [Fact]
    public void A_weekday_daytime_slot_is_never_used()
    {
        var daytime = new VisitSlot(D(2026, 11, 24), new TimeOnly(10, 0), new TimeOnly(12, 0));

        var plan = VisitPlanner.Plan(Targets(("B1", 2)), ["张伟", "李娜"], [daytime]);

        Assert.Empty(plan.Teams);
        Assert.Equal(2, plan.Unplanned.Count);
        Assert.Equal(IssueSeverity.Error, Assert.Single(plan.Issues).Severity);
    }

    [Fact]
    public void One_person_cannot_form_a_visit_team()
    {
        var plan = VisitPlanner.Plan(Targets(("B1", 2)), ["张伟", " "], Week);

        Assert.Empty(plan.Teams);
        Assert.Equal(2, plan.Unplanned.Count);
        Assert.Contains("at least 2", Assert.Single(plan.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Visits_beyond_the_slots_capacity_are_reported_not_dropped()
    {
        var saturday = Week.Where(s => s.IsWeekend).Take(1).ToList();

        var plan = VisitPlanner.Plan(Targets(("B1", 8)), ["张伟", "李娜"], saturday, VisitPlanOptions.Default with { VisitsPerSlot = 6 });

        Assert.Equal(6, plan.Teams.Single().Visits.Count);
        Assert.Equal(["B1-07", "B1-08"], plan.Unplanned.Select(t => t.UnitId));
        Assert.Equal(2, plan.Issues.Count);
    }

    [Fact]
    public void Options_with_a_team_of_one_are_refused_when_built()
    {
        // R-COL-1 step 3: teams of at least two
        var solo = VisitPlanOptions.Default with { TeamSize = 1 };

        Assert.Contains(solo.Validate(), p => p.Contains("TeamSize", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => VisitPlanner.Plan(Targets(("B1", 1)), ["张伟", "李娜"], Week, solo));
    }
}
