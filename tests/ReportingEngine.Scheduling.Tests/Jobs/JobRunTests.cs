using Microsoft.Extensions.Time.Testing;
using Quartz;
using Quartz.Extensibility;
using ReportingEngine.Generation.Register;
using ReportingEngine.Scheduling.Calendar;
using ReportingEngine.Scheduling.History;
using ReportingEngine.Scheduling.Hosting;
using ReportingEngine.Scheduling.Jobs;
using ReportingEngine.Scheduling.Stores;

namespace ReportingEngine.Scheduling.Tests.Jobs;

/// <summary>Jobs run by a worker over a persistent SQLite job store, enqueued the way <c>reporting jobs trigger</c> does.</summary>
public sealed class JobRunTests(WorkerEstate estate) : IClassFixture<WorkerEstate>
{
    [Fact]
    public async Task The_fee_notice_fan_out_queues_one_job_per_building_and_a_second_run_duplicates_nothing() // R-FEE-2
    {
        var (scheduler, environment) = await StartAsync("node-a");
        var data = new Dictionary<string, string> { [JobData.Period] = "2026-10", [JobData.Community] = "C01", [JobData.Building] = WorkerEstate.Building };

        var (key, stored) = await ManualTrigger.EnqueueAsync(scheduler, JobKinds.FeeNotices, data, CancellationToken.None);
        Assert.True(stored);
        var buildingJob = "fee-notices.fee-notices.2026-10." + WorkerEstate.Building;
        var runs = await RunWaiting.UntilAsync(environment.History, r => r.Any(x => x.JobKey == buildingJob && RunWaiting.Finished(x)), "the building job");
        var building = runs.Single(r => r.JobKey == buildingJob);
        Assert.Equal(RunOutcome.Succeeded, building.Outcome);
        Assert.Equal(5, building.Documents); // 3 notices, the merged print file and the delivery receipts
        Assert.Equal("node-a", building.Node);
        var fanOut = runs.Single(r => r.JobKey == "manual.fee-notices");
        Assert.Contains("1 building job(s) queued", fanOut.Message, StringComparison.Ordinal);

        var register = new OutputRegister(estate.Database);
        var notices = await register.ListAsync("fee-notice", "2026-10", CancellationToken.None);
        Assert.Equal(6, notices.Count);
        Assert.All(notices, n => Assert.Equal("worker:node-a", n.GeneratedBy));

        // The same run again: the batch is exactly-once, so the building job writes nothing and nothing is registered twice.
        await ManualTrigger.EnqueueAsync(scheduler, JobKinds.FeeNotices, data, CancellationToken.None);
        runs = await RunWaiting.UntilAsync(environment.History, r => r.Count(x => x.JobKey == buildingJob && RunWaiting.Finished(x)) == 2, "the second building job");
        await scheduler.Shutdown(true);
        var again = runs.Where(r => r.JobKey == buildingJob).OrderBy(r => r.StartedAt).Last();
        Assert.Equal(RunOutcome.Succeeded, again.Outcome);
        Assert.Equal(0, again.Documents);
        Assert.Contains("3 already generated", again.Message, StringComparison.Ordinal);
        Assert.Equal(6, (await register.ListAsync("fee-notice", "2026-10", CancellationToken.None)).Count);
        Assert.Equal("manual.manual.fee-notices.building=C01-B09.community=C01.period=2026-10", key.ToString());
    }

    [Fact]
    public async Task A_failing_job_records_its_outcome_with_the_place_and_the_worker_keeps_running()
    {
        var (scheduler, environment) = await StartAsync("node-b");

        await ManualTrigger.EnqueueAsync(scheduler, JobKinds.SurveyPlan, new Dictionary<string, string> { [JobData.Community] = "C99" }, CancellationToken.None);
        var runs = await RunWaiting.UntilAsync(environment.History, r => r.Any(x => x.Node == "node-b" && RunWaiting.Finished(x)), "the failing run");
        var failed = Assert.Single(runs, r => r.Node == "node-b");
        Assert.Equal(RunOutcome.Failed, failed.Outcome);
        Assert.StartsWith("--community C99: error: no such community", failed.Message, StringComparison.Ordinal);

        await ManualTrigger.EnqueueAsync(scheduler, JobKinds.BorrowingsReport, new Dictionary<string, string> { [JobData.Community] = "C03", [JobData.AsOf] = "2026-11-04" }, CancellationToken.None);
        runs = await RunWaiting.UntilAsync(environment.History, r => r.Count(x => x.Node == "node-b" && RunWaiting.Finished(x)) == 2, "the run after the failure");
        await scheduler.Shutdown(true);
        var next = runs.Where(r => r.Node == "node-b").OrderBy(r => r.StartedAt).Last();
        Assert.Equal(RunOutcome.Succeeded, next.Outcome);
        Assert.Equal(1, next.Documents); // R-ACC-5
    }

    [Fact]
    public async Task The_service_documents_and_the_sealing_list_are_made_by_their_jobs() // R-REP-1, R-CMP-1, R-VIS-1, R-DOS-10
    {
        var (scheduler, environment) = await StartAsync("node-d");
        var data = new Dictionary<string, string> { [JobData.Community] = "C03", [JobData.AsOf] = "2026-11-01" };
        foreach (var kind in new[] { JobKinds.RepairStatistics, JobKinds.ComplaintSummary, JobKinds.VisitSummary, JobKinds.SealingList })
        {
            await ManualTrigger.EnqueueAsync(scheduler, kind, data, CancellationToken.None);
        }

        var runs = await RunWaiting.UntilAsync(environment.History, r => r.Count(x => x.Node == "node-d" && RunWaiting.Finished(x)) == 4, "the four runs");
        await scheduler.Shutdown(true);
        var mine = runs.Where(r => r.Node == "node-d").ToList();
        Assert.All(mine, r => Assert.True(r.Outcome == RunOutcome.Succeeded && r.Documents == 1, $"{r.JobKey}: {r.Outcome} {r.Documents} {r.Message}"));
        Assert.Contains(mine, r => r.Kind == "repair-statistics" && r.Message.StartsWith("2026-10:", StringComparison.Ordinal));
        Assert.Contains(mine, r => r.Kind == "sealing-list" && r.Message.StartsWith("2026:", StringComparison.Ordinal));

        // R-VIS-1: a run on 1 November reports the quarter closed before it (2026Q3), judged to its last day.
        Assert.Contains(mine, r => r.Kind == "visit-summary" && r.Message.StartsWith("2026Q3: 1 visit summary(ies)", StringComparison.Ordinal));
        Assert.Single(await new OutputRegister(estate.Database).FindAsync("ZFHZ-2026Q3-C03", CancellationToken.None), e => e.Format == "pdf");
    }

    [Fact]
    public async Task A_job_stops_when_cancelled_and_records_that_it_was_cancelled()
    {
        var environment = Environment("node-c", new FakeTimeProvider(new DateTimeOffset(2026, 10, 15, 5, 0, 0, TimeSpan.FromHours(8))));
        var job = new FeeNoticesBuildingJob(environment);
        var detail = JobBuilder.Create<FeeNoticesBuildingJob>()
            .WithIdentity(FeeNoticesJob.BuildingJobKey(new(2026, 10), "C01-B01"))
            .UsingJobData(JobData.Period, "2026-10")
            .UsingJobData(JobData.Community, "C01")
            .UsingJobData(JobData.Building, "C01-B01")
            .Build();
        var trigger = TriggerBuilder.Create(environment.Time).WithIdentity("cancel-test").ForJob(detail).StartNow().Build();
        using var cancellation = new CancellationTokenSource();
        var context = JobExecutionContextBuilder.For(job).WithJob(detail).WithTrigger(trigger).WithCancellation(cancellation.Token).WithTimeProvider(environment.Time).Build();

        // On the thread pool, as Quartz runs jobs. The wait below blocks this thread instead of awaiting: an awaited delay
        // needs a free pool thread to resume, and while the batch kept the pool busy the continuation came only after the
        // building was done (about one run in three), so the cancellation came too late.
        var running = Task.Run(() => job.Execute(context, cancellation.Token).AsTask());
        // Cancel as soon as the first of the building's 72 notices is on disk: the run is then certainly under way.
        var folder = Path.Combine(environment.OutputFolder, "fee-notices", "2026-10", "C01", "C01-B01");
        Assert.True(
            SpinWait.SpinUntil(() => (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.pdf").Any()) || running.IsCompleted, TimeSpan.FromSeconds(120)),
            "no notice was written within 120 s");
        cancellation.Cancel();

        var error = await Record.ExceptionAsync(() => running);
        // The class's other tests share this history and start on the real clock, after this run's fake 15 October: read
        // past all of them (they write a dozen runs) rather than only the latest few.
        var run = Assert.Single(await environment.History.LatestAsync(100, CancellationToken.None), r => r.Node == "node-c");
        Assert.True(error is OperationCanceledException, $"the job ended with {error?.GetType().Name ?? "no exception"}; its run: {run.Outcome} {run.Message}");
        Assert.Equal(RunOutcome.Cancelled, run.Outcome);
        Assert.True(Directory.EnumerateFiles(folder, "*.pdf").Count() < 72, "the batch ran to the end although it was cancelled");
    }

    private async Task<(IScheduler Scheduler, JobEnvironment Environment)> StartAsync(string node)
    {
        var environment = Environment(node, TimeProvider.System);
        var store = JobStoreSettings.ForSqliteFile(Path.Combine(estate.NewFolder("store"), "jobs.db")) with { InstanceName = "jobs-test-" + node };
        await JobStoreSchema.EnsureCreatedAsync(store, CancellationToken.None);
        var scheduler = await WorkerSchedulers.BuildAsync(store, environment, 2, CancellationToken.None);
        await scheduler.Start();
        return (scheduler, environment);
    }

    private JobEnvironment Environment(string node, TimeProvider time) => new()
    {
        Database = estate.Database,
        Renderer = estate.Renderer,
        Time = time,
        OutputFolder = estate.NewFolder("out-" + node),
        Node = node,
    };
}
