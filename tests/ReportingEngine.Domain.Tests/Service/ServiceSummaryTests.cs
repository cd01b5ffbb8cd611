using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Service;
using Xunit;
using static ReportingEngine.Domain.Tests.Service.ServiceFixtures;

namespace ReportingEngine.Domain.Tests.Service;

public sealed class ServiceSummaryTests
{
    private static readonly BillingPeriod March = new(2026, 3);
    private static readonly DateTime MonthEnd = ServicePeriod.DefaultAsOf(March);

    [Fact]
    public void The_complaint_summary_counts_levels_categories_and_on_time_rates()
    {
        // R-CMP-1: monthly summary
        var complaints = new[]
        {
            Complaint(ComplaintLevel.General, At(10), At(20), "A", category: "保洁"),
            Complaint(ComplaintLevel.General, At(25), At(28), "B", category: "保洁"),
            Complaint(ComplaintLevel.Important, At(600), At(605), "C", category: "维修"),
            Complaint(ComplaintLevel.Major, At(300), At(20), "D", category: "安保"),
            Complaint(ComplaintLevel.General, null, null, "E", received: new DateTime(2026, 3, 31, 23, 50, 0), category: "噪音"),
            Complaint(ComplaintLevel.General, At(10), At(20), "April", received: new DateTime(2026, 4, 1, 0, 0, 0)),
        };

        var summary = ComplaintSummary.Compute(complaints, March, MonthEnd);

        Assert.Equal(5, summary.Total);
        Assert.Equal([3, 1, 1], summary.ByLevel.Select(l => l.Count));
        Assert.Equal(new CountRow("保洁", 2), summary.ByCategory[0]);

        // E is 10 minutes old on the report date: its limits are still running, it is not judged
        Assert.Equal(new ServiceRate(3, 4), summary.OnTime);
        Assert.Equal(75.0m, summary.OnTime.Percent);
        var generalFix = summary.Rates.Single(r => r.Check == ServiceCheck.GeneralFix);
        Assert.Equal(new ServiceRate(1, 2), generalFix.Rate);
        Assert.Equal(1, generalFix.Pending);

        var breach = Assert.Single(summary.Breaches);
        Assert.Equal("B", breach.RecordId);
        Assert.Equal(TimeSpan.FromMinutes(5), breach.Overrun);
        Assert.Equal("E", Assert.Single(summary.Open).Complaint.Id);
    }

    [Fact]
    public void A_month_without_complaints_has_no_rate()
    {
        // R-CMP-1: an empty month is reported as such, not as 0 % or 100 %
        var summary = ComplaintSummary.Compute([], March, MonthEnd);

        Assert.Equal(0, summary.Total);
        Assert.Null(summary.OnTime.Percent);
        Assert.All(summary.ByLevel, l => Assert.Equal(0, l.Count));
    }

    [Fact]
    public void The_repair_statistics_list_unfinished_repeated_and_missed_follow_ups()
    {
        // R-REP-1: monthly statistics focused on unfinished and repeated repairs, 100 % follow-up
        var day = new DateTime(2026, 3, 5, 10, 0, 0);
        var repairs = new[]
        {
            Repair(day.AddMinutes(2), day.AddMinutes(12), day.AddHours(2), day.AddDays(1), id: "R1", called: day),
            Repair(day.AddMinutes(5), day.AddMinutes(12), day.AddHours(2), null, id: "R2", called: day),
            Repair(day.AddMinutes(1), day.AddMinutes(9), null, null, id: "R3", called: day, urgent: true),
            Repair(day.AddMinutes(1), day.AddMinutes(30), day.AddHours(3), day.AddDays(1), id: "R4", called: day, repeatOf: "R0", category: "门窗", verdict: "不满意"),
        };

        var summary = RepairStatistics.Compute(repairs, March, MonthEnd);

        Assert.Equal(4, summary.Total);
        Assert.Equal(1, summary.Urgent);
        Assert.Equal(new ServiceRate(3, 4), summary.Dispatch.Rate);
        Assert.Equal(new ServiceRate(3, 4), summary.Arrival.Rate);
        Assert.Equal(new ServiceRate(1, 1), summary.UrgentArrival.Rate);
        Assert.Equal(new ServiceRate(2, 3), summary.FollowUp.Rate);
        Assert.False(summary.FollowUpComplete);
        Assert.Equal("R3", Assert.Single(summary.Unfinished).Repair.Id);
        Assert.Equal("R4", Assert.Single(summary.Repeated).Repair.Id);
        Assert.Equal(
            [("R2", ServiceCheck.RepairDispatch), ("R2", ServiceCheck.RepairFollowUp), ("R4", ServiceCheck.RepairArrival)],
            summary.Breaches.Select(b => (b.RecordId, b.Check)).Order());
        Assert.Contains(new CountRow("不满意", 1), summary.FollowUpResults);
    }

    [Fact]
    public void Every_follow_up_done_makes_the_follow_up_complete()
    {
        // R-REP-1: 回访率100%
        var day = new DateTime(2026, 3, 5, 10, 0, 0);
        var summary = RepairStatistics.Compute([Repair(day.AddMinutes(2), day.AddMinutes(12), day.AddHours(2), day.AddDays(1), called: day)], March, MonthEnd);

        Assert.True(summary.FollowUpComplete);
        Assert.Equal(100.0m, summary.FollowUp.Rate.Percent);
    }

    [Fact]
    public void Rates_round_half_away_from_zero_to_one_decimal()
    {
        // 2 of 3 = 66.666… → 66.7; 1 of 8 = 12.5 stays 12.5; 1 of 16 = 6.25 → 6.3
        Assert.Equal(66.7m, new ServiceRate(2, 3).Percent);
        Assert.Equal(6.3m, new ServiceRate(1, 16).Percent);
    }

    [Fact]
    public void Durations_print_in_days_hours_and_minutes()
    {
        Assert.Equal("1秒", ServiceMessages.Duration(TimeSpan.FromSeconds(1)));
        Assert.Equal("5分", ServiceMessages.Duration(TimeSpan.FromMinutes(5)));
        Assert.Equal("1天2小时3分", ServiceMessages.Duration(new TimeSpan(1, 2, 3, 0)));
        Assert.Equal("11小时", ServiceMessages.Duration(TimeSpan.FromHours(11)));
    }
}
