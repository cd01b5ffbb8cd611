using Quartz;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>
/// The regulation date a firing stands for. A calendar trigger that misfired during downtime fires once "now"
/// (<see cref="CronTriggerMisfireInstruction.FireAndProceed"/>), and Quartz then reports "now" as the scheduled time —
/// a fee-notice run missed on 15 November and caught up on 2 December would otherwise be dated 2 December. The run acts
/// on the latest occurrence of its schedule at or before the actual firing instead: the scheduled time when on time, the
/// most recent missed due date after downtime (older missed dates are not caught up — "fire once", decision 0004).
/// </summary>
internal static class DueOccurrence
{
    // Longer than the longest calendar period (yearly entries), so the search always finds the previous occurrence.
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(400);

    /// <summary>The due occurrence of <paramref name="trigger"/> for a firing scheduled at <paramref name="scheduled"/> that fired at <paramref name="fired"/>.</summary>
    public static DateTimeOffset Of(ITrigger trigger, DateTimeOffset scheduled, DateTimeOffset fired)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        if (trigger is not ICronTrigger cron || cron.CronExpressionString is null)
        {
            return scheduled; // manual runs (simple triggers) act on their own time or their job data's date
        }

        var expression = new CronExpression(cron.CronExpressionString, cron.TimeZone);
        DateTimeOffset? due = null;
        var latest = fired > scheduled ? fired : scheduled;
        var next = expression.GetNextValidTimeAfter(latest - LookBack);
        while (next is { } occurrence && occurrence <= latest)
        {
            due = occurrence;
            next = expression.GetNextValidTimeAfter(occurrence);
        }

        return due ?? scheduled;
    }
}
