using Microsoft.Extensions.Time.Testing;
using Quartz;
using ReportingEngine.Scheduling.Calendar;
using ReportingEngine.Scheduling.History;
using ReportingEngine.Scheduling.Hosting;
using ReportingEngine.Scheduling.Jobs;
using ReportingEngine.Scheduling.Stores;

namespace ReportingEngine.Scheduling.Tests.Jobs;

/// <summary>A worker that was down over several due dates fires the missed job once on restart — never twice (persistent SQLite store).</summary>
public sealed class MisfireTests(WorkerEstate estate) : IClassFixture<WorkerEstate>
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task A_restart_after_two_missed_due_dates_fires_the_missed_job_once() // R-ACC-5
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        var calendar = TestCalendars.Only(JobKinds.BorrowingsReport);
        var store = JobStoreSettings.ForSqliteFile(Path.Combine(estate.NewFolder("store"), "jobs.db")) with { InstanceName = "misfire-test" };
        await JobStoreSchema.EnsureCreatedAsync(store, CancellationToken.None);
        var environment = new JobEnvironment
        {
            Database = estate.Database,
            Renderer = estate.Renderer,
            Time = time,
            OutputFolder = estate.NewFolder("out"),
            Node = "misfire",
            Calendar = calendar,
        };
        var trigger = new TriggerKey("borrowings-report", CalendarJobs.Group);

        var first = await WorkerSchedulers.BuildAsync(store, environment, 2, CancellationToken.None);
        Assert.NotEmpty(await CalendarJobs.SynchronizeAsync(first, calendar, CancellationToken.None));
        await first.Start();
        Assert.Equal(new DateTime(2027, 1, 4, 7, 0, 0), Local((await first.GetTrigger(trigger))!.NextFireTimeUtc));
        await first.Shutdown(true);

        // Down from 1 January to 10 March: the runs of 4 January, 4 February and 4 March are missed.
        time.SetUtcNow(new DateTimeOffset(2027, 3, 10, 9, 0, 0, TimeSpan.FromHours(8)));
        var second = await WorkerSchedulers.BuildAsync(store, environment, 2, CancellationToken.None);
        Assert.Empty(await CalendarJobs.SynchronizeAsync(second, calendar, CancellationToken.None));
        await second.Start();
        var runs = await RunWaiting.UntilAsync(environment.History, r => r.Any(RunWaiting.Finished), "the missed borrowings run");

        // Give a second firing every chance to happen before counting.
        await Task.Delay(TimeSpan.FromSeconds(2));
        runs = await environment.History.LatestAsync(100, CancellationToken.None);
        var next = (await second.GetTrigger(trigger))!.NextFireTimeUtc;
        await second.Shutdown(true);

        var run = Assert.Single(runs, r => r.Node == "misfire");
        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.Equal(3, run.Documents);
        Assert.Equal(new DateTime(2027, 3, 4, 7, 0, 0), Local(run.ScheduledAt)); // acts on the missed due date, not the restart day
        Assert.Equal(new DateTime(2027, 4, 4, 7, 0, 0), Local(next));
    }

    private static DateTime Local(DateTimeOffset? utc) => TimeZoneInfo.ConvertTime(utc!.Value, China).DateTime;
}
