using System.Globalization;
using Quartz;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Scheduling.Calendar;
using ReportingEngine.Scheduling.History;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>
/// 月度缴费通知单 fan-out (R-FEE-2): for the period (the month of the fire date) schedules one <see cref="FeeNoticesBuildingJob"/>
/// per building of the scope, so the nodes of a cluster share the batch.
/// </summary>
/// <remarks>
/// Job keys are derived from period and building (<c>fee-notices.2026-11.C01-B03</c>): a re-run or recovered fan-out finds a
/// building's job already queued and leaves it alone, so nothing is queued twice; a building that already ran is queued again
/// and its batch, being exactly-once, writes nothing new.
/// </remarks>
[DisallowConcurrentExecution]
public sealed class FeeNoticesJob(JobEnvironment environment) : ScheduledJob(environment)
{
    /// <summary>Quartz group of the per-building jobs.</summary>
    public const string BuildingGroup = "fee-notices";

    /// <inheritdoc/>
    protected override string Kind => JobKinds.FeeNotices.Name;

    /// <summary>The per-building job's key: deterministic, so a second fan-out of the same period finds it.</summary>
    public static JobKey BuildingJobKey(BillingPeriod period, string buildingId) => new($"fee-notices.{period}.{buildingId}", BuildingGroup);

    /// <inheritdoc/>
    protected override async Task<JobResult> RunAsync(JobRun run, IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(context);
        var period = BillingPeriod.Of(run.AsOf);
        if (run.Data.TryGetValue(JobData.Period, out var periodText) && periodText.Length > 0 && !BillingPeriod.TryParse(periodText, out period))
        {
            return new JobResult(RunOutcome.Failed, 0, $"job data {JobData.Period}='{periodText}': error: not a month YYYY-MM");
        }

        var reader = EstateReaders.Create(Environment.Database);
        var only = run.Data.GetValueOrDefault(JobData.Building);
        var queued = 0;
        var already = 0;
        foreach (var community in run.Communities)
        {
            var buildings = await reader.GetBuildingsAsync(UnitScope.Community(community.Id), cancellationToken).ConfigureAwait(false);
            foreach (var building in buildings.Where(b => string.IsNullOrEmpty(only) || string.Equals(b.Id, only, StringComparison.Ordinal)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var key = BuildingJobKey(period, building.Id);
                var job = JobBuilder.Create<FeeNoticesBuildingJob>()
                    .WithIdentity(key)
                    .WithDescription($"R-FEE-2 fee notices {period} building {building.Id}")
                    .RequestRecovery()
                    .UsingJobData(JobData.Period, period.ToString())
                    .UsingJobData(JobData.Community, community.Id)
                    .UsingJobData(JobData.Building, building.Id)
                    .Build();
                var trigger = TriggerBuilder.Create(Environment.Time)
                    .WithIdentity(key.Name, key.Group)
                    .ForJob(key)
                    .StartNow()
                    .Build();
                try
                {
                    await context.Scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken).ConfigureAwait(false);
                    queued++;
                }
                catch (ObjectAlreadyExistsException)
                {
                    already++;
                }
            }
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"{period}: {queued} building job(s) queued, {already} already queued, {run.Communities.Count} community(ies)");
        return queued + already == 0
            ? new JobResult(RunOutcome.Failed, 0, string.IsNullOrEmpty(only)
                ? $"{period}: error: no building in scope (communities: {string.Join(", ", run.Communities.Select(c => c.Id))})"
                : $"--building {only}: error: no such building in scope")
            : new JobResult(RunOutcome.Succeeded, 0, summary);
    }
}
