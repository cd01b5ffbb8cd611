using ReportingEngine.Domain.Service;
using Xunit;
using static ReportingEngine.Domain.Tests.Service.ServiceFixtures;

namespace ReportingEngine.Domain.Tests.Service;

public sealed class RepairSlaTests
{
    private static readonly DateTime Later = Received.AddDays(5);

    [Fact]
    public void A_repair_dispatched_at_exactly_3_minutes_is_on_time()
    {
        // R-REP-1: dispatched within 3 minutes of the call
        var assessment = RepairSla.Assess(Repair(At(3), At(10), At(60), At(60 * 24)), Later);

        Assert.Equal(CheckStatus.Met, Check(assessment, ServiceCheck.RepairDispatch).Status);
        Assert.True(assessment.OnTime);
    }

    [Fact]
    public void A_repair_dispatched_one_second_after_3_minutes_is_late()
    {
        // R-REP-1: 3:00 on time, 3:01 seconds late
        var assessment = RepairSla.Assess(Repair(At(3, 1), At(10)), Later);

        var dispatch = Check(assessment, ServiceCheck.RepairDispatch);
        Assert.Equal(CheckStatus.Breached, dispatch.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), dispatch.Overrun);
    }

    [Fact]
    public void A_worker_on_site_15_minutes_after_dispatch_is_on_time_and_16_is_late()
    {
        // R-REP-1: on site within 15 minutes, counted from the dispatch (004 G: 接单时间与开工时间)
        var onTime = RepairSla.Assess(Repair(At(2), At(17)), Later);
        var late = RepairSla.Assess(Repair(At(2), At(18)), Later);

        Assert.Equal(CheckStatus.Met, Check(onTime, ServiceCheck.RepairArrival).Status);
        Assert.Equal(CheckStatus.Breached, Check(late, ServiceCheck.RepairArrival).Status);
        Assert.Equal(TimeSpan.FromMinutes(1), Check(late, ServiceCheck.RepairArrival).Overrun);
    }

    [Fact]
    public void An_urgent_repair_must_be_on_site_within_10_minutes()
    {
        // R-REP-1: urgent 10 minutes; 10:00 on time, 10:01 late
        var onTime = RepairSla.Assess(Repair(At(1), At(11), urgent: true), Later);
        var late = RepairSla.Assess(Repair(At(1), At(11, 1), urgent: true), Later);

        Assert.Equal(CheckStatus.Met, Check(onTime, ServiceCheck.RepairArrival).Status);
        Assert.Equal(CheckStatus.Breached, Check(late, ServiceCheck.RepairArrival).Status);
        Assert.Equal(TimeSpan.FromSeconds(1), Check(late, ServiceCheck.RepairArrival).Overrun);
    }

    [Fact]
    public void A_repair_never_dispatched_is_measured_for_arrival_from_the_latest_dispatch_time()
    {
        // R-REP-1: not dispatched an hour after the call → dispatch late by 57 min, arrival by 42 min, both still open
        var assessment = RepairSla.Assess(Repair(null, null), At(60));

        Assert.Equal(TimeSpan.FromMinutes(57), Check(assessment, ServiceCheck.RepairDispatch).Overrun);
        Assert.Equal(TimeSpan.FromMinutes(42), Check(assessment, ServiceCheck.RepairArrival).Overrun);
        Assert.True(Check(assessment, ServiceCheck.RepairArrival).StillOpen);
        Assert.True(assessment.Unfinished);
    }

    [Fact]
    public void A_repair_still_within_its_limits_is_pending()
    {
        // R-REP-1: two minutes after the call nothing is late yet
        var assessment = RepairSla.Assess(Repair(null, null), At(2));

        Assert.Equal(CheckStatus.Pending, Check(assessment, ServiceCheck.RepairDispatch).Status);
        Assert.Equal(CheckStatus.Pending, Check(assessment, ServiceCheck.RepairArrival).Status);
        Assert.Null(assessment.Result(ServiceCheck.RepairFollowUp));
    }

    [Fact]
    public void A_finished_repair_without_follow_up_is_pending_within_the_grace_and_missing_after_it()
    {
        // R-REP-1: 100 % follow-up; the regulation sets no deadline, the one-day grace is a company option
        var repair = Repair(At(1), At(10), finished: At(60));

        Assert.Equal(CheckStatus.Pending, Check(RepairSla.Assess(repair, At(60 + (24 * 60))), ServiceCheck.RepairFollowUp).Status);
        var missing = Check(RepairSla.Assess(repair, At(61 + (24 * 60))), ServiceCheck.RepairFollowUp);
        Assert.Equal(CheckStatus.Breached, missing.Status);
        Assert.True(missing.StillOpen);
    }

    [Fact]
    public void A_follow_up_made_after_the_grace_still_counts_as_done()
    {
        // R-REP-1 counts the follow-up rate, not its delay
        var assessment = RepairSla.Assess(Repair(At(1), At(10), finished: At(60), followedUp: At(60 * 72)), Later);

        Assert.Equal(CheckStatus.Met, Check(assessment, ServiceCheck.RepairFollowUp).Status);
    }

    [Fact]
    public void An_unfinished_repair_needs_no_follow_up_yet()
    {
        // R-REP-1: follow-up comes after the repair is finished
        var assessment = RepairSla.Assess(Repair(At(1), At(10)), Later);

        Assert.True(assessment.Unfinished);
        Assert.Null(assessment.Result(ServiceCheck.RepairFollowUp));
    }

    [Fact]
    public void An_arrival_before_the_dispatch_is_reported_as_an_anomaly()
    {
        // R-REP-1: contradicting timestamps are named
        var assessment = RepairSla.Assess(Repair(At(5), At(3)), Later);

        Assert.Contains(assessment.Anomalies, a => a.Contains("arrived_at", StringComparison.Ordinal));
    }
}
