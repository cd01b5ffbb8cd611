using System.CommandLine;
using System.Globalization;
using Quartz;
using ReportingEngine.Domain.Common;
using ReportingEngine.Scheduling.Calendar;
using ReportingEngine.Scheduling.Hosting;
using ReportingEngine.Scheduling.Jobs;
using ReportingEngine.Scheduling.Stores;

namespace ReportingEngine.Cli.Commands;

/// <summary>
/// <c>reporting jobs</c>: the scheduled jobs in the job store (key, rule, next and previous fire time in China Standard Time) and
/// the last runs with outcome and document count; <c>reporting jobs trigger KIND</c> enqueues a run for the workers.
/// </summary>
internal static class JobsCommand
{
    public static Command Create()
    {
        var support = new WorkerCommandSupport();
        var runs = new Option<int>("--runs") { Description = "How many of the last runs to list.", DefaultValueFactory = _ => 20 };
        var command = new Command("jobs", "List the scheduled jobs, their next fire times and the last runs; 'jobs trigger' enqueues a run.") { runs };
        support.AddTo(command, withCalendar: true);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(runs);
            if (count < 0)
            {
                await Console.Error.WriteLineAsync("--runs: error: must be 0 or more").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            return await WithSchedulerAsync(parse, support, async (scheduler, environment) =>
            {
                var zone = environment.Calendar.TimeZone;
                var statuses = await JobsStatus.ReadAsync(scheduler, cancellationToken).ConfigureAwait(false);
                Console.WriteLine($"Scheduled jobs (times in {environment.Calendar.TimeZoneId}):");
                if (statuses.Count == 0)
                {
                    Console.WriteLine("  none: start 'reporting worker' once to put the calendar into the job store");
                }

                foreach (var status in statuses)
                {
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"  {status.Key,-44} {status.RuleId,-8} {status.Schedule,-20} next {Time(status.NextFireUtc, zone),-16}  previous {Time(status.PreviousFireUtc, zone),-16}  {status.State}"));
                }

                var history = await environment.History.LatestAsync(count, cancellationToken).ConfigureAwait(false);
                Console.WriteLine($"Last runs ({history.Count}):");
                foreach (var run in history)
                {
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"  {Time(run.StartedAt, zone)}  {run.Node,-16} {run.JobKey,-44} {run.Outcome,-11} {run.Documents,4} document(s)  {run.Message}"));
                }

                return 0;
            }, cancellationToken).ConfigureAwait(false);
        });
        command.Subcommands.Add(Trigger(support));
        return command;
    }

    private static Command Trigger(WorkerCommandSupport support)
    {
        var kind = new Argument<string>("kind") { Description = "Job kind: " + string.Join(", ", JobKinds.All.Select(k => k.Name)) + "." };
        var period = new Option<string?>("--period") { Description = "fee-notices: the billing month YYYY-MM (default: the month of --date)." };
        var date = new Option<string?>("--date") { Description = "The day the run acts as if fired on, YYYY-MM-DD (default: today in the calendar's time zone)." };
        var community = new Option<string?>("--community") { Description = "Only this community (id, e.g. C01)." };
        var building = new Option<string?>("--building") { Description = "fee-notices: only this building (id, e.g. C01-B09)." };
        var command = new Command("trigger", "Enqueue a run to fire now; running workers pick it up (per-building fee-notice jobs are shared by a cluster).")
        {
            kind, period, date, community, building,
        };
        support.AddTo(command, withCalendar: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var kindName = parse.GetValue(kind)!;
            if (JobKinds.Find(kindName) is not { } jobKind)
            {
                await Console.Error.WriteLineAsync($"kind: error: unknown job kind '{kindName}'; use one of {string.Join(", ", JobKinds.All.Select(k => k.Name))}").ConfigureAwait(false);
                return CommandRunner.Failed;
            }

            var data = new Dictionary<string, string>(StringComparer.Ordinal);
            if (parse.GetValue(period) is { } periodText)
            {
                if (jobKind != JobKinds.FeeNotices || !BillingPeriod.TryParse(periodText, out var billing))
                {
                    await Console.Error.WriteLineAsync(jobKind != JobKinds.FeeNotices
                        ? $"--period: error: only fee-notices takes a period; give --date for {jobKind.Name}"
                        : $"--period: error: '{periodText}' is not a month YYYY-MM").ConfigureAwait(false);
                    return CommandRunner.Failed;
                }

                data[JobData.Period] = billing.ToString();
            }

            if (parse.GetValue(date) is { } dateText)
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
                {
                    await Console.Error.WriteLineAsync($"--date: error: '{dateText}' is not a date YYYY-MM-DD").ConfigureAwait(false);
                    return CommandRunner.Failed;
                }

                data[JobData.AsOf] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            if (parse.GetValue(community) is { } communityId)
            {
                data[JobData.Community] = communityId;
            }

            if (parse.GetValue(building) is { } buildingId)
            {
                if (jobKind != JobKinds.FeeNotices)
                {
                    await Console.Error.WriteLineAsync($"--building: error: only fee-notices runs per building; {jobKind.Name} covers communities").ConfigureAwait(false);
                    return CommandRunner.Failed;
                }

                data[JobData.Building] = buildingId;
            }

            return await WithSchedulerAsync(parse, support, async (scheduler, _) =>
            {
                var (key, stored) = await ManualTrigger.EnqueueAsync(scheduler, jobKind, data, cancellationToken).ConfigureAwait(false);
                Console.WriteLine(stored
                    ? $"{key}: enqueued to fire now; a running worker picks it up ('reporting jobs' shows the run)"
                    : $"{key}: the same run is already waiting; nothing enqueued");
                return 0;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Opens the estate database and a scheduler over the job store (not started), runs <paramref name="work"/>, shuts it down.</summary>
    private static async Task<int> WithSchedulerAsync(ParseResult parse, WorkerCommandSupport support, Func<IScheduler, JobEnvironment, Task<int>> work, CancellationToken cancellationToken)
    {
        var layout = support.Layout(parse);
        var node = $"jobs-cli-{Environment.ProcessId}";
        if (await support.CalendarAsync(parse, cancellationToken).ConfigureAwait(false) is not { } calendar
            || await support.OpenEstateAsync(parse, layout, cancellationToken).ConfigureAwait(false) is not { } database
            || await support.StoreAsync(parse, database, layout, node).ConfigureAwait(false) is not { } store)
        {
            return CommandRunner.Failed;
        }

        var environment = WorkerCommandSupport.Environment(database, layout, Path.Combine(layout.Root, "out"), node, calendar);
        IScheduler scheduler;
        try
        {
            await JobStoreSchema.EnsureCreatedAsync(store, cancellationToken).ConfigureAwait(false);
            scheduler = await WorkerSchedulers.BuildAsync(store, environment, 1, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JobStoreException or SchedulerException)
        {
            await Console.Error.WriteLineAsync("--job-store: error: " + ex.Message).ConfigureAwait(false);
            return CommandRunner.Failed;
        }

        try
        {
            return await work(scheduler, environment).ConfigureAwait(false);
        }
        finally
        {
            await scheduler.Shutdown(false, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static string Time(DateTimeOffset? utc, TimeZoneInfo zone) =>
        utc is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "-";
}
