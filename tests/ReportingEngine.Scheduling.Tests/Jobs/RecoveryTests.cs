using Microsoft.Extensions.Time.Testing;
using Quartz;
using Quartz.Extensibility;
using ReportingEngine.Scheduling.Calendar;
using ReportingEngine.Scheduling.History;
using ReportingEngine.Scheduling.Hosting;
using ReportingEngine.Scheduling.Jobs;
using ReportingEngine.Scheduling.Stores;

namespace ReportingEngine.Scheduling.Tests.Jobs;

/// <summary>
/// A run whose worker died is run again (Quartz job recovery): every calendar job asks for it, the recovered run acts on
/// the due date of the run it replaces, and the dead run's row in <c>job_runs</c> is closed as interrupted.
/// </summary>
public sealed class RecoveryTests(WorkerEstate estate) : IClassFixture<WorkerEstate>
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TriggerKey BorrowingsTrigger = new("borrowings-report", CalendarJobs.Group);
    private static readonly JobKey BorrowingsJob = new("borrowings-report", CalendarJobs.Group);

    [Fact]
    public async Task Every_calendar_job_and_every_job_enqueued_by_hand_requests_recovery()
    {
        var (scheduler, _) = await SchedulerAsync("requests", RegulationCalendar.Default);
        foreach (var entry in RegulationCalendar.Default.EnabledEntries)
        {
            var job = await scheduler.GetJobDetail(new JobKey(entry.Key, CalendarJobs.Group));
            Assert.True(job is { RequestsRecovery: true }, $"{entry.Key}: a run whose worker dies would wait for the next due date");
        }

        var (manual, _) = await ManualTrigger.EnqueueAsync(scheduler, JobKinds.SurveyPlan, new Dictionary<string, string> { [JobData.Community] = "C01" }, CancellationToken.None);
        var trigger = await scheduler.GetTrigger(manual);
        Assert.True((await scheduler.GetJobDetail(trigger!.JobKey))!.RequestsRecovery);
        await scheduler.Shutdown();
    }

    [Fact]
    public async Task A_store_from_an_earlier_version_gets_the_recovering_job_and_keeps_its_trigger_state()
    {
        var (scheduler, calendar) = await SchedulerAsync("upgrade", TestCalendars.Only(JobKinds.BorrowingsReport));
        var next = (await scheduler.GetTrigger(BorrowingsTrigger))!.NextFireTimeUtc;
        // As an earlier version stored it: the same job without recovery.
        var old = CalendarJobs.Job(calendar, calendar.EnabledEntries.Single()).GetJobBuilder().RequestRecovery(false).Build();
        await scheduler.AddJob(old, AddJobOptions.Replacing);
        Assert.False((await scheduler.GetJobDetail(BorrowingsJob))!.RequestsRecovery);

        var changes = await CalendarJobs.SynchronizeAsync(scheduler, calendar, CancellationToken.None);

        Assert.Equal("borrowings-report: job updated, schedule kept (R-ACC-5)", Assert.Single(changes));
        Assert.True((await scheduler.GetJobDetail(BorrowingsJob))!.RequestsRecovery);
        // Replacing the trigger would forget a run missed while the worker was down (it must fire once on restart).
        Assert.Equal(next, (await scheduler.GetTrigger(BorrowingsTrigger))!.NextFireTimeUtc);
        Assert.Empty(await CalendarJobs.SynchronizeAsync(scheduler, calendar, CancellationToken.None));
        await scheduler.Shutdown();
    }

    [Fact]
    public async Task A_recovered_catch_up_run_acts_on_the_missed_due_date_and_closes_the_dead_runs_row() // R-ACC-5
    {
        // The worker was down over the due date of 4 March 2027, caught up on 10 March, and died during that run; the run is
        // recovered on 20 May — after the next due date of 4 May, which must not be the date the recovered run acts on.
        var caughtUp = new DateTimeOffset(2027, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));
        var recovered = new DateTimeOffset(2027, 5, 20, 9, 0, 0, TimeSpan.FromHours(8));
        var (scheduler, calendar) = await SchedulerAsync("recovered", TestCalendars.Only(JobKinds.BorrowingsReport));
        var time = new FakeTimeProvider(recovered);
        var environment = Environment("recovered", time, calendar);
        var jobKey = BorrowingsJob.ToString();
        await environment.History.StartedAsync(
            new RunRecord { FireId = "dead-node-fire", JobKey = jobKey, Kind = "borrowings-report", Node = "dead-node", ScheduledAt = caughtUp, StartedAt = caughtUp, Outcome = RunOutcome.Running },
            CancellationToken.None);
        await environment.History.StartedAsync(
            new RunRecord { FireId = "other-job-fire", JobKey = "calendar.survey-plan", Kind = "survey-plan", Node = "busy-node", ScheduledAt = caughtUp, StartedAt = caughtUp, Outcome = RunOutcome.Running },
            CancellationToken.None);

        // What the job store hands a surviving node: a one-off trigger naming the calendar trigger it stands for.
        var recovery = TriggerBuilder.Create(time)
            .WithIdentity("recover_dead-node_1", SchedulerConstants.DefaultRecoveryGroup)
            .ForJob(BorrowingsJob)
            .UsingJobData(SchedulerConstants.FailedJobOriginalTriggerName, BorrowingsTrigger.Name)
            .UsingJobData(SchedulerConstants.FailedJobOriginalTriggerGroup, BorrowingsTrigger.Group)
            .StartAt(caughtUp)
            .Build();
        var job = new BorrowingsReportJob(environment);
        var context = JobExecutionContextBuilder.For(job)
            .WithJob((await scheduler.GetJobDetail(BorrowingsJob))!)
            .WithTrigger(recovery)
            .WithScheduler(scheduler)
            .Recovering()
            .FiredAt(recovered, caughtUp)
            .WithTimeProvider(time)
            .Build();

        await job.Execute(context, CancellationToken.None);
        await scheduler.Shutdown();

        var runs = await environment.History.LatestAsync(100, CancellationToken.None);
        var run = Assert.Single(runs, r => r.Node == "recovered");
        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.Equal(new DateTime(2027, 3, 4, 7, 0, 0), TimeZoneInfo.ConvertTime(run.ScheduledAt, China).DateTime);
        var dead = Assert.Single(runs, r => r.Node == "dead-node");
        Assert.Equal(RunOutcome.Interrupted, dead.Outcome);
        Assert.Contains("ran again on recovered", dead.Message, StringComparison.Ordinal);
        Assert.Equal(RunOutcome.Running, Assert.Single(runs, r => r.Node == "busy-node").Outcome); // another job's run is left alone
    }

    /// <summary>A scheduler (not started) over a new SQLite job store holding <paramref name="calendar"/>.</summary>
    private async Task<(IScheduler Scheduler, RegulationCalendar Calendar)> SchedulerAsync(string node, RegulationCalendar calendar)
    {
        var store = JobStoreSettings.ForSqliteFile(Path.Combine(estate.NewFolder("store"), "jobs.db")) with { InstanceName = "recovery-test-" + node };
        await JobStoreSchema.EnsureCreatedAsync(store, CancellationToken.None);
        var scheduler = await WorkerSchedulers.BuildAsync(store, Environment(node, TimeProvider.System, calendar), 1, CancellationToken.None);
        await CalendarJobs.SynchronizeAsync(scheduler, calendar, CancellationToken.None);
        return (scheduler, calendar);
    }

    private JobEnvironment Environment(string node, TimeProvider time, RegulationCalendar calendar) => new()
    {
        Database = estate.Database,
        Renderer = estate.Renderer,
        Time = time,
        OutputFolder = estate.NewFolder("out-" + node),
        Node = node,
        Calendar = calendar,
    };
}
