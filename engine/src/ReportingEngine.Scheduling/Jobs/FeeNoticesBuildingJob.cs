using System.Globalization;
using Quartz;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Fees;
using ReportingEngine.Scheduling.Calendar;
using ReportingEngine.Scheduling.History;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>
/// The fee notices of one building for one period (R-FEE-2, R-COL-2, R-COL-3): runs the resumable, exactly-once
/// <see cref="FeeNoticeBatch"/> for the building. Requests recovery: a node that dies mid-way leaves the job to another.
/// </summary>
[DisallowConcurrentExecution]
public sealed class FeeNoticesBuildingJob(JobEnvironment environment) : ScheduledJob(environment)
{
    /// <inheritdoc/>
    protected override string Kind => JobKinds.FeeNotices.Name;

    /// <inheritdoc/>
    protected override async Task<JobResult> RunAsync(JobRun run, IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.Data.TryGetValue(JobData.Period, out var periodText) || !BillingPeriod.TryParse(periodText, out var period))
        {
            return new JobResult(RunOutcome.Failed, 0, $"job data {JobData.Period}='{periodText}': error: not a month YYYY-MM");
        }

        if (!run.Data.TryGetValue(JobData.Building, out var building) || building.Length == 0)
        {
            return new JobResult(RunOutcome.Failed, 0, $"job data {JobData.Building}: error: missing");
        }

        var options = Environment.FeeOptions with { GeneratedBy = Environment.GeneratedBy, MaxDegreeOfParallelism = 1 };
        var batch = new FeeNoticeBatch(Environment.Database, Environment.Renderer, Environment.Time, options);
        var result = await batch.RunAsync(
            new FeeBatchRequest
            {
                Period = period,
                CommunityId = run.Data.GetValueOrDefault(JobData.Community),
                BuildingId = building,
                OutputFolder = Path.Combine(Environment.OutputFolder, "fee-notices"),
            },
            null,
            cancellationToken).ConfigureAwait(false);
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"{period} {building}: {result.UnitsBilled} unit(s) billed; {result.NoticesWritten} notice(s) written, {result.NoticesUpToDate} already generated; {result.BuildingFilesWritten} building file(s)");
        return JobResult.From(result.NoticesWritten + result.BuildingFilesWritten, result.Problems, summary);
    }
}
