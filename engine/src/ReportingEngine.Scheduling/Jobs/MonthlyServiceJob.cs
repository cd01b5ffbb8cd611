using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Service;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>
/// A monthly service document (complaint summary, repair statistics): one per community in scope, for the month just
/// closed before the run's date.
/// </summary>
public abstract class MonthlyServiceJob(JobEnvironment environment) : ScheduledJob(environment)
{
    /// <summary>What the run's message calls the documents ("complaint summary(ies)").</summary>
    protected abstract string Documents { get; }

    /// <summary>Writes the document of one community.</summary>
    protected abstract Task<ServiceRunResult> GenerateAsync(ServiceDocuments documents, ServiceJob job, CancellationToken cancellationToken);

    /// <inheritdoc/>
    protected override async Task<JobResult> RunAsync(JobRun run, Quartz.IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var documents = new ServiceDocuments(EstateReaders.Create(Environment.Database), Environment.Renderer, Environment.Time, new OutputRegister(Environment.Database), Environment.GeneratedBy);
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var community in run.Communities)
        {
            var result = await GenerateAsync(documents, ServiceJobs.For(Environment, community.Id, run.AsOf), cancellationToken).ConfigureAwait(false);
            files.AddRange(result.Files);
            problems.AddRange(result.Errors);
        }

        var count = DocumentsIn(files);
        return JobResult.From(count, problems, $"{BillingPeriod.Of(run.AsOf).AddMonths(-1)}: {count} {Documents} for {run.Communities.Count} community(ies)");
    }
}
