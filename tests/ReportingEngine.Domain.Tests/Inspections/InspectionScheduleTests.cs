using ReportingEngine.Domain.Archive;
using ReportingEngine.Domain.Inspections;
using Xunit;

namespace ReportingEngine.Domain.Tests.Inspections;

public class InspectionScheduleTests
{
    private static readonly DateOnly MoveIn = new(2024, 3, 1);

    // 100 units; the first `occupied` of them occupied on consecutive days from move-in start.
    private static List<DateOnly?> Units(int occupied, int total = 100) =>
        [.. Enumerable.Range(0, total).Select(i => i < occupied ? MoveIn.AddDays(i) : (DateOnly?)null)];

    private static Inspection Done(InspectionKind kind, DateOnly on) => new("QI", "C", kind, on, "客户服务主管 林小红", 10, 0, "");

    [Fact]
    public void One_day_before_the_first_anniversary_with_low_occupancy_no_inspection_is_due()
    {
        // R-QI-1: neither trigger reached.
        var decision = InspectionSchedule.Decide(MoveIn, Units(50), [], MoveIn.AddYears(1).AddDays(-1));
        Assert.Equal(InspectionMode.NotYetDue, decision.Mode);
        Assert.Equal(MoveIn.AddYears(1), decision.DueOn);
    }

    [Fact]
    public void On_the_first_anniversary_the_full_inspection_is_due()
    {
        // R-QI-1: one year after move-in began.
        var decision = InspectionSchedule.Decide(MoveIn, Units(50), [], MoveIn.AddYears(1));
        Assert.Equal(InspectionMode.Full, decision.Mode);
        Assert.Equal(MoveIn.AddYears(1), decision.DueOn);
    }

    [Fact]
    public void Occupancy_of_exactly_80_percent_triggers_the_full_inspection_before_the_year_is_out()
    {
        // R-QI-1: the 80th of 100 units was occupied on day 79.
        var asOf = MoveIn.AddDays(100);
        var decision = InspectionSchedule.Decide(MoveIn, Units(80), [], asOf);
        Assert.Equal(InspectionMode.Full, decision.Mode);
        Assert.Equal(MoveIn.AddDays(79), decision.DueOn);
        Assert.Equal(80m, decision.OccupancyPercent);
    }

    [Fact]
    public void Occupancy_of_79_percent_does_not_trigger_the_full_inspection()
    {
        // R-QI-1: one unit short of 80 %.
        var decision = InspectionSchedule.Decide(MoveIn, Units(79), [], MoveIn.AddDays(200));
        Assert.Equal(InspectionMode.NotYetDue, decision.Mode);
    }

    [Fact]
    public void The_day_before_occupancy_reaches_80_percent_nothing_is_due_yet()
    {
        // R-QI-1: the 80th unit moves in on day 79; on day 78 only 79 units are occupied.
        var decision = InspectionSchedule.Decide(MoveIn, Units(80), [], MoveIn.AddDays(78));
        Assert.Equal(InspectionMode.NotYetDue, decision.Mode);
        Assert.Equal(79, decision.OccupiedUnits);
    }

    [Fact]
    public void Whichever_trigger_comes_first_sets_the_due_date()
    {
        // R-QI-1: the anniversary comes before 80 % occupancy (reached on day 400).
        var late = Enumerable.Range(0, 100).Select(i => (DateOnly?)MoveIn.AddDays(i < 79 ? i : 400 + i)).ToList();
        Assert.Equal(MoveIn.AddYears(1), InspectionSchedule.FullInspectionDueOn(MoveIn, late));
        Assert.Equal(MoveIn.AddDays(79), InspectionSchedule.FullInspectionDueOn(MoveIn, Units(80)));
    }

    [Fact]
    public void After_the_full_inspection_a_sample_is_due_half_a_year_after_the_last_inspection()
    {
        // R-QI-2.
        var full = new DateOnly(2025, 3, 10);
        var decision = InspectionSchedule.Decide(MoveIn, Units(90), [Done(InspectionKind.Full, full)], new DateOnly(2025, 12, 1));
        Assert.Equal(InspectionMode.Sample, decision.Mode);
        Assert.Equal(full.AddMonths(6), decision.DueOn);
    }

    [Fact]
    public void A_full_inspection_recorded_after_the_decision_date_does_not_count()
    {
        var decision = InspectionSchedule.Decide(MoveIn, Units(90), [Done(InspectionKind.Full, new DateOnly(2026, 1, 1))], new DateOnly(2025, 6, 1));
        Assert.Equal(InspectionMode.Full, decision.Mode);
    }
}
