using Quartz;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Hosting;

/// <summary>
/// <c>reporting jobs trigger KIND</c>: enqueues a run to fire now into the job store, where any running worker picks it up.
/// The trigger key is derived from the kind and its data, so enqueuing the same run twice before it fires stores it once.
/// </summary>
public static class ManualTrigger
{
    /// <summary>Enqueues a run of <paramref name="kind"/> with <paramref name="data"/> (job-data names of <c>JobData</c>).</summary>
    /// <param name="scheduler">A scheduler over the workers' job store (it need not be started).</param>
    /// <param name="kind">The job kind.</param>
    /// <param name="data">The run's data (period, date, community).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The trigger key and whether it was newly stored (false: the same run was already waiting).</returns>
    public static async Task<(TriggerKey Key, bool Stored)> EnqueueAsync(IScheduler scheduler, JobKind kind, IReadOnlyDictionary<string, string> data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(data);
        var job = JobBuilder.Create()
            .OfType(CalendarJobs.JobType(kind))
            .WithIdentity(kind.Name, CalendarJobs.ManualGroup)
            .WithDescription($"{kind.RuleId} {kind.Description} (enqueued by hand)")
            .StoreDurably()
            .RequestRecovery() // as the calendar's jobs: a run whose worker died runs again
            .Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);

        var name = string.Join(".", new[] { "manual", kind.Name }.Concat(data.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
        var jobData = new JobDataMap();
        foreach (var (key, value) in data)
        {
            jobData[key] = value;
        }

        var trigger = TriggerBuilder.Create(scheduler.TimeProvider)
            .WithIdentity(name, CalendarJobs.ManualGroup)
            .ForJob(job.Key)
            .UsingJobData(jobData)
            .StartNow()
            .Build();
        var result = await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken).ConfigureAwait(false);
        return (trigger.Key, result.Outcome != ScheduleOutcome.Kept);
    }
}
