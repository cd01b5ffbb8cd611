using Quartz;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Service;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>投诉月度汇总 (R-CMP-1): the complaint summary of the month before the fire date, per community.</summary>
[DisallowConcurrentExecution]
public sealed class ComplaintSummaryJob(JobEnvironment environment) : ScheduledJob(environment)
{
    /// <inheritdoc/>
    protected override string Kind => JobKinds.ComplaintSummary.Name;

    /// <inheritdoc/>
    protected override async Task<JobResult> RunAsync(JobRun run, IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var documents = new ServiceDocuments(EstateReaders.Create(Environment.Database), Environment.Renderer, Environment.Time, new OutputRegister(Environment.Database), Environment.GeneratedBy);
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var community in run.Communities)
        {
            var result = await documents.ComplaintSummaryAsync(ServiceJobs.For(Environment, community.Id, run.AsOf), cancellationToken).ConfigureAwait(false);
            files.AddRange(result.Files);
            problems.AddRange(result.Errors);
        }

        var count = DocumentsIn(files);
        return JobResult.From(count, problems, $"{BillingPeriod.Of(run.AsOf).AddMonths(-1)}: {count} complaint summary(ies) for {run.Communities.Count} community(ies)");
    }
}
