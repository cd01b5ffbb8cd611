using ReportingEngine.Domain.Service;
using Xunit;
using static ReportingEngine.Domain.Tests.Service.ServiceFixtures;

namespace ReportingEngine.Domain.Tests.Service;

public sealed class ComplaintSlaTests
{
    private static readonly DateTime Later = Received.AddDays(2);

    [Fact]
    public void A_general_complaint_fixed_at_exactly_20_minutes_is_on_time()
    {
        // R-CMP-1: general complaint fixed and the front desk told within 20 minutes (inclusive)
        var assessment = ComplaintSla.Assess(Complaint(ComplaintLevel.General, At(20), At(25)), Later);

        Assert.Equal(CheckStatus.Met, Check(assessment, ServiceCheck.GeneralFix).Status);
        Assert.True(assessment.OnTime);
    }

    [Fact]
    public void A_general_complaint_fixed_one_second_after_20_minutes_is_late_by_one_second()
    {
        // R-CMP-1: 20:00 is on time, 20:00 and one second is not
        var assessment = ComplaintSla.Assess(Complaint(ComplaintLevel.General, At(20, 1), At(25)), Later);

        var fix = Check(assessment, ServiceCheck.GeneralFix);
        Assert.Equal(CheckStatus.Breached, fix.Status);
        Assert.Equal(TimeSpan.FromSeconds(1), fix.Overrun);
        Assert.False(assessment.OnTime);
    }

    [Fact]
    public void A_general_complaint_fixed_at_21_minutes_is_late_by_one_minute()
    {
        // R-CMP-1: "within 20 minutes" — 20:01 is late
        var fix = Check(ComplaintSla.Assess(Complaint(ComplaintLevel.General, At(21), At(25)), Later), ServiceCheck.GeneralFix);

        Assert.Equal(CheckStatus.Breached, fix.Status);
        Assert.Equal(TimeSpan.FromMinutes(1), fix.Overrun);
    }

    [Fact]
    public void A_general_complaint_answered_at_exactly_30_minutes_is_on_time_and_at_31_is_late()
    {
        // R-CMP-1: the front desk answers the customer within 30 minutes of the complaint
        var onTime = ComplaintSla.Assess(Complaint(ComplaintLevel.General, At(10), At(30)), Later);
        var late = ComplaintSla.Assess(Complaint(ComplaintLevel.General, At(10), At(31)), Later);

        Assert.Equal(CheckStatus.Met, Check(onTime, ServiceCheck.GeneralReply).Status);
        Assert.Equal(CheckStatus.Breached, Check(late, ServiceCheck.GeneralReply).Status);
        Assert.Equal(TimeSpan.FromMinutes(1), Check(late, ServiceCheck.GeneralReply).Overrun);
    }

    [Fact]
    public void An_important_complaint_fixed_at_exactly_12_hours_is_on_time_and_one_minute_later_is_not()
    {
        // R-CMP-1: important complaint fixed within 12 hours
        var onTime = ComplaintSla.Assess(Complaint(ComplaintLevel.Important, At(12 * 60), At((12 * 60) + 5)), Later);
        var late = ComplaintSla.Assess(Complaint(ComplaintLevel.Important, At((12 * 60) + 1), At((12 * 60) + 5)), Later);

        Assert.Equal(CheckStatus.Met, Check(onTime, ServiceCheck.ImportantFix).Status);
        Assert.Equal(CheckStatus.Breached, Check(late, ServiceCheck.ImportantFix).Status);
        Assert.Equal(TimeSpan.FromMinutes(1), Check(late, ServiceCheck.ImportantFix).Overrun);
    }

    [Fact]
    public void An_important_complaint_has_no_20_or_30_minute_limit()
    {
        // R-CMP-1: the minute limits belong to general and major complaints
        var assessment = ComplaintSla.Assess(Complaint(ComplaintLevel.Important, At(600), At(605)), Later);

        Assert.Equal([ServiceCheck.ImportantFix, ServiceCheck.HandledOrAnswered], assessment.Checks.Select(c => c.Check));
        Assert.True(assessment.OnTime);
    }

    [Fact]
    public void A_major_complaint_answered_at_30_minutes_is_on_time_and_at_30_minutes_one_second_is_late()
    {
        // R-CMP-1: major complaint reported to the project manager, reply within 30 minutes
        var onTime = ComplaintSla.Assess(Complaint(ComplaintLevel.Major, At(400), At(30)), Later);
        var late = ComplaintSla.Assess(Complaint(ComplaintLevel.Major, At(400), At(30, 1)), Later);

        Assert.Equal(CheckStatus.Met, Check(onTime, ServiceCheck.MajorReply).Status);
        Assert.True(onTime.OnTime);
        Assert.Equal(CheckStatus.Breached, Check(late, ServiceCheck.MajorReply).Status);
        Assert.Equal(TimeSpan.FromSeconds(1), Check(late, ServiceCheck.MajorReply).Overrun);
    }

    [Fact]
    public void A_complaint_answered_within_12_hours_but_fixed_later_meets_the_every_complaint_limit()
    {
        // R-CMP-1: every complaint handled, or answered, within 12 hours
        var assessment = ComplaintSla.Assess(Complaint(ComplaintLevel.Major, At(20 * 60), At(12 * 60)), Later);

        Assert.Equal(CheckStatus.Met, Check(assessment, ServiceCheck.HandledOrAnswered).Status);
    }

    [Fact]
    public void A_complaint_neither_fixed_nor_answered_within_12_hours_breaches_the_every_complaint_limit()
    {
        // R-CMP-1: 12 h is inclusive; 12 h and one minute is late
        var onTime = ComplaintSla.Assess(Complaint(ComplaintLevel.Important, At(12 * 60), null), Later);
        var late = ComplaintSla.Assess(Complaint(ComplaintLevel.Important, At((12 * 60) + 1), At((12 * 60) + 2)), Later);

        Assert.Equal(CheckStatus.Met, Check(onTime, ServiceCheck.HandledOrAnswered).Status);
        Assert.Equal(CheckStatus.Breached, Check(late, ServiceCheck.HandledOrAnswered).Status);
        Assert.Equal(TimeSpan.FromMinutes(1), Check(late, ServiceCheck.HandledOrAnswered).Overrun);
    }

    [Fact]
    public void A_complaint_not_yet_answered_whose_limit_has_not_passed_is_pending_and_open()
    {
        // R-CMP-1: on the report date, 10 minutes after receipt, the 20/30-minute limits are still running
        var assessment = ComplaintSla.Assess(Complaint(ComplaintLevel.General, null, null), At(10));

        Assert.All(assessment.Checks, c => Assert.Equal(CheckStatus.Pending, c.Status));
        Assert.True(assessment.Open);
        Assert.False(assessment.Judged);
    }

    [Fact]
    public void A_complaint_not_answered_once_its_limit_has_passed_is_breached_as_of_the_report_date()
    {
        // R-CMP-1: not replied 45 minutes after receipt → 15 minutes over the 30-minute limit, still open
        var assessment = ComplaintSla.Assess(Complaint(ComplaintLevel.General, null, null), At(45));

        var reply = Check(assessment, ServiceCheck.GeneralReply);
        Assert.Equal(CheckStatus.Breached, reply.Status);
        Assert.True(reply.StillOpen);
        Assert.Equal(TimeSpan.FromMinutes(15), reply.Overrun);
        Assert.Equal(CheckStatus.Pending, Check(assessment, ServiceCheck.HandledOrAnswered).Status);
        Assert.True(assessment.Judged);
        Assert.False(assessment.OnTime);
    }

    [Fact]
    public void A_fix_recorded_after_the_report_date_counts_as_not_yet_done()
    {
        // R-CMP-1: a rebuilt report for a past month reads as it did on its date
        var asOf = At(60);
        var assessment = ComplaintSla.Assess(Complaint(ComplaintLevel.General, At(90), At(95)), asOf);

        Assert.True(assessment.Open);
        Assert.Null(Check(assessment, ServiceCheck.GeneralFix).DoneAt);
        Assert.Equal(TimeSpan.FromMinutes(40), Check(assessment, ServiceCheck.GeneralFix).Overrun);
    }

    [Fact]
    public void A_reply_before_the_receipt_is_reported_as_an_anomaly()
    {
        // R-CMP-1: contradicting timestamps are named, not silently measured
        var assessment = ComplaintSla.Assess(Complaint(ComplaintLevel.General, At(10), At(-5)), Later);

        Assert.Single(assessment.Anomalies);
        Assert.Contains("replied_at", assessment.Anomalies[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Company_limits_replace_the_regulation_defaults()
    {
        // R-CMP-1 defaults are configuration: a company with 15-minute general fixes
        var options = ServiceLevelOptions.Default with { GeneralFix = TimeSpan.FromMinutes(15) };
        var assessment = ComplaintSla.Assess(Complaint(ComplaintLevel.General, At(16), At(20)), Later, options);

        Assert.Equal(CheckStatus.Breached, Check(assessment, ServiceCheck.GeneralFix).Status);
    }

    [Fact]
    public void Invalid_limits_are_refused_with_their_names()
    {
        // R-REP-1: urgent arrival may not be longer than the normal one
        var options = ServiceLevelOptions.Default with { GeneralReply = TimeSpan.Zero, UrgentRepairArrival = TimeSpan.FromMinutes(20) };

        var problems = options.Validate();

        Assert.Contains(problems, p => p.Contains("GeneralReply", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("UrgentRepairArrival", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => ComplaintSla.Assess(Complaint(ComplaintLevel.General, At(1), At(2)), Later, options));
    }
}
