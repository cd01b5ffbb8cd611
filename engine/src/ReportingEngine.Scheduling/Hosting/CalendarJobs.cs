using Quartz;
using ReportingEngine.Scheduling.Calendar;
using ReportingEngine.Scheduling.Jobs;

namespace ReportingEngine.Scheduling.Hosting;

/// <summary>Turns calendar entries into Quartz jobs and cron triggers, and keeps the job store in step with the calendar.</summary>
public static class CalendarJobs
{
    /// <summary>Quartz group of the calendar's jobs and triggers.</summary>
    public const string Group = "calendar";

    /// <summary>Quartz group of jobs enqueued by <c>reporting jobs trigger</c>.</summary>
    public const string ManualGroup = "manual";

    /// <summary>The job class of a kind.</summary>
    public static Type JobType(JobKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind.Name switch
        {
            "fee-notices" => typeof(FeeNoticesJob),
            "borrowings-report" => typeof(BorrowingsReportJob),
            "dossier-inspection" => typeof(DossierInspectionJob),
            "survey-plan" => typeof(SurveyPlanJob),
            "repair-statistics" => typeof(RepairStatisticsJob),
            "complaint-summary" => typeof(ComplaintSummaryJob),
            "visit-summary" => typeof(VisitSummaryJob),
            "sealing-list" => typeof(SealingListJob),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind.Name, "no job class for this kind"),
        };
    }

    /// <summary>The trigger key of a calendar entry.</summary>
    public static TriggerKey TriggerKeyOf(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new TriggerKey(entry.Key, Group);
    }

    /// <summary>
    /// The Quartz job of a calendar entry: durable, scoped to its company or leaving out the companies with their own entry.
    /// It requests recovery: a run whose worker died is run again when the worker restarts or by another node of the
    /// cluster — otherwise the month's documents would wait for the next due date. Every job is idempotent.
    /// </summary>
    public static IJobDetail Job(RegulationCalendar calendar, CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(entry);
        var data = new JobDataMap();
        if (entry.CompanyId is { } company)
        {
            data[JobData.Company] = company;
        }
        else if (calendar.CompaniesWithOwnEntry(entry.Kind) is { Count: > 0 } own)
        {
            data[JobData.ExcludeCompanies] = string.Join(",", own);
        }

        return JobBuilder.Create()
            .OfType(JobType(entry.Kind))
            .WithIdentity(entry.Key, Group)
            .WithDescription($"{entry.Kind.RuleId} {entry.Kind.Description}")
            .StoreDurably()
            .RequestRecovery()
            .UsingJobData(data)
            .Build();
    }

    /// <summary>The cron trigger of a calendar entry, in the calendar's time zone, with the entry's misfire policy.</summary>
    public static ITrigger Trigger(RegulationCalendar calendar, CalendarEntry entry, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(entry);
        var schedule = CronScheduleBuilder.Create(entry.Cron)
            .InTimeZone(calendar.TimeZone)
            .WithMisfireInstruction(Misfire(entry.Misfire));
        return TriggerBuilder.Create(time)
            .WithIdentity(TriggerKeyOf(entry))
            .ForJob(entry.Key, Group)
            .WithDescription(entry.Kind.RuleId)
            .WithSchedule(schedule)
            .Build();
    }

    /// <summary>
    /// Makes the job store hold exactly the calendar's enabled entries. An unchanged trigger is left as it is — replacing it
    /// would forget a run missed while the worker was down, which must fire once on restart; a changed one is replaced;
    /// entries removed or disabled are deleted.
    /// </summary>
    /// <returns>What changed, one line per entry, for the worker's log.</returns>
    public static async Task<IReadOnlyList<string>> SynchronizeAsync(IScheduler scheduler, RegulationCalendar calendar, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(calendar);
        var changes = new List<string>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in calendar.EnabledEntries)
        {
            wanted.Add(entry.Key);
            var job = Job(calendar, entry);
            var trigger = Trigger(calendar, entry, scheduler.TimeProvider);
            var existing = await scheduler.GetTrigger(trigger.Key, cancellationToken).ConfigureAwait(false) as ICronTrigger;
            var existingJob = await scheduler.GetJobDetail(job.Key, cancellationToken).ConfigureAwait(false);
            if (existing is not null && existingJob is not null && Same(existing, (ICronTrigger)trigger))
            {
                if (!SameJob(existingJob, job))
                {
                    // Only the job changed (its scope, or a store written by an earlier version): the trigger keeps its state.
                    await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
                    changes.Add($"{entry.Key}: job updated, schedule kept ({entry.Kind.RuleId})");
                }

                continue;
            }

            await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
            changes.Add($"{entry.Key}: {(existing is null ? "scheduled" : "rescheduled")} '{entry.Cron}' ({calendar.TimeZoneId}, {entry.Kind.RuleId})");
        }

        foreach (var kind in JobKinds.All)
        {
            foreach (var entry in calendar.Entries.Where(e => string.Equals(e.Kind.Name, kind.Name, StringComparison.Ordinal) && !wanted.Contains(e.Key)))
            {
                if (await scheduler.DeleteJob(new JobKey(entry.Key, Group), cancellationToken).ConfigureAwait(false))
                {
                    changes.Add($"{entry.Key}: disabled, removed from the job store");
                }
            }

            if (!wanted.Contains(kind.Name) && !calendar.Entries.Any(e => string.Equals(e.Key, kind.Name, StringComparison.Ordinal))
                && await scheduler.DeleteJob(new JobKey(kind.Name, Group), cancellationToken).ConfigureAwait(false))
            {
                changes.Add($"{kind.Name}: not in the calendar, removed from the job store");
            }
        }

        return changes;
    }

    private static CronTriggerMisfireInstruction Misfire(MisfirePolicy policy) => policy switch
    {
        // Fire once now, then resume the schedule — however many runs were missed (never twice).
        MisfirePolicy.FireOnce => CronTriggerMisfireInstruction.FireAndProceed,
        _ => CronTriggerMisfireInstruction.DoNothing,
    };

    private static bool Same(ICronTrigger a, ICronTrigger b) =>
        string.Equals(a.CronExpressionString, b.CronExpressionString, StringComparison.Ordinal)
        && string.Equals(a.TimeZone.Id, b.TimeZone.Id, StringComparison.Ordinal)
        && a.MisfireInstruction == b.MisfireInstruction;

    private static bool SameJob(IJobDetail a, IJobDetail b) =>
        a.JobType.Equals(b.JobType)
        && a.RequestsRecovery == b.RequestsRecovery
        && string.Equals(a.Description, b.Description, StringComparison.Ordinal)
        && a.JobDataMap.Count == b.JobDataMap.Count
        && b.JobDataMap.All(p => a.JobDataMap.TryGetValue(p.Key, out var v) && Equals(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)));
}
