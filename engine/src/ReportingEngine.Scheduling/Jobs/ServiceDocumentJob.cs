using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Service;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>
/// A periodic service document (complaint summary, repair statistics, visit summary): one per community in scope, for the
/// period just closed before the run's date.
/// </summary>
public abstract class ServiceDocumentJob(JobEnvironment environment) : ScheduledJob(environment)
{
    /// <summary>What the run's message calls the documents ("complaint summary(ies)").</summary>
    protected abstract string Documents { get; }

    /// <summary>The period a run on <paramref name="asOf"/> reports on, as the run's message starts with it (2026-10, 2026Q3).</summary>
    protected abstract string PeriodOf(DateOnly asOf);

    /// <summary>Writes the document of one community for the period closed before <paramref name="asOf"/>.</summary>
    protected abstract Task<ServiceRunResult> GenerateAsync(ServiceDocuments documents, string communityId, DateOnly asOf, CancellationToken cancellationToken);

    /// <inheritdoc/>
    protected override async Task<JobResult> RunAsync(JobRun run, Quartz.IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var documents = new ServiceDocuments(EstateReaders.Create(Environment.Database), Environment.Renderer, Environment.Time, new OutputRegister(Environment.Database), Environment.GeneratedBy);
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var community in run.Communities)
        {
            var result = await GenerateAsync(documents, community.Id, run.AsOf, cancellationToken).ConfigureAwait(false);
            files.AddRange(result.Files);
            problems.AddRange(result.Errors);
        }

        var count = DocumentsIn(files);
        return JobResult.From(count, problems, $"{PeriodOf(run.AsOf)}: {count} {Documents} for {run.Communities.Count} community(ies)");
    }
}
