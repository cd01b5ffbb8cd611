using Quartz;
using ReportingEngine.Scheduling.Jobs;

namespace ReportingEngine.Scheduling.Tests.Jobs;

/// <summary>The date a firing acts on: its own when on time, the latest missed due date after downtime (R-FEE-2 schedule).</summary>
public sealed class DueOccurrenceTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly ITrigger FeeNotices = TriggerBuilder.Create()
        .WithIdentity("fee-notices")
        .WithSchedule(CronScheduleBuilder.Create("0 0 5 15 * ?").InTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")))
        .Build();

    [Fact]
    public void An_on_time_firing_acts_on_its_scheduled_date()
    {
        var scheduled = new DateTimeOffset(2027, 5, 15, 5, 0, 0, China);
        Assert.Equal(scheduled, DueOccurrence.Of(FeeNotices, scheduled, scheduled.AddSeconds(3)));
    }

    [Fact]
    public void A_firing_caught_up_after_downtime_acts_on_the_latest_missed_due_date_not_the_restart_day()
    {
        var restart = new DateTimeOffset(2027, 7, 2, 9, 30, 0, China); // down over 15 May and 15 June
        Assert.Equal(new DateTimeOffset(2027, 6, 15, 5, 0, 0, China), DueOccurrence.Of(FeeNotices, restart, restart));
    }

    [Fact]
    public void A_manual_run_acts_on_its_own_time()
    {
        var manual = TriggerBuilder.Create().WithIdentity("manual").StartNow().Build();
        var at = new DateTimeOffset(2027, 7, 2, 9, 30, 0, China);
        Assert.Equal(at, DueOccurrence.Of(manual, at, at));
    }
}
