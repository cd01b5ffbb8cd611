using Quartz;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Service;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>维修月度统计 (R-REP-1): the repair statistics of the month before the fire date, per community, by the 1st.</summary>
[DisallowConcurrentExecution]
public sealed class RepairStatisticsJob(JobEnvironment environment) : ScheduledJob(environment)
{
    /// <inheritdoc/>
    protected override string Kind => JobKinds.RepairStatistics.Name;

    /// <inheritdoc/>
    protected override async Task<JobResult> RunAsync(JobRun run, IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var documents = new ServiceDocuments(EstateReaders.Create(Environment.Database), Environment.Renderer, Environment.Time, new OutputRegister(Environment.Database), Environment.GeneratedBy);
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var community in run.Communities)
        {
            var result = await documents.RepairStatisticsAsync(ServiceJobs.For(Environment, community.Id, run.AsOf), cancellationToken).ConfigureAwait(false);
            files.AddRange(result.Files);
            problems.AddRange(result.Errors);
        }

        var count = DocumentsIn(files);
        return JobResult.From(count, problems, $"{BillingPeriod.Of(run.AsOf).AddMonths(-1)}: {count} repair statistics for {run.Communities.Count} community(ies)");
    }
}
