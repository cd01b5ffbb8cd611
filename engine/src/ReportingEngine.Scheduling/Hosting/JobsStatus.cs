using Quartz;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Hosting;

/// <summary>Reads what the job store holds: the calendar's triggers and the runs waiting to fire (per-building and enqueued jobs).</summary>
public static class JobsStatus
{
    /// <summary>Every trigger of the calendar, per-building and manual groups, calendar entries first.</summary>
    public static async Task<IReadOnlyList<ScheduledJobStatus>> ReadAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        var list = new List<ScheduledJobStatus>();
        foreach (var group in new[] { CalendarJobs.Group, Jobs.FeeNoticesJob.BuildingGroup, CalendarJobs.ManualGroup })
        {
            var page = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(group) }, cancellationToken).ConfigureAwait(false);
            foreach (var header in page.Items)
            {
                var trigger = await scheduler.GetTrigger(header.Key, cancellationToken).ConfigureAwait(false);
                var cron = trigger as ICronTrigger;
                var kind = JobKinds.All.FirstOrDefault(k => header.JobKey.Name.StartsWith(k.Name, StringComparison.Ordinal));
                list.Add(new ScheduledJobStatus(
                    header.Key.ToString(),
                    header.JobKey.ToString(),
                    kind?.RuleId ?? "",
                    cron?.CronExpressionString ?? "once",
                    header.State.ToString(),
                    header.NextFireTimeUtc,
                    header.PreviousFireTimeUtc));
            }
        }

        return list;
    }
}
