using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>A dossier document made once per community in scope (borrowings list, sealing list), recorded in the register.</summary>
public abstract class CommunityDossierJob(JobEnvironment environment) : ScheduledJob(environment)
{
    /// <summary>Writes the document of one community.</summary>
    protected abstract Task<DossierRunResult> GenerateAsync(DossierDocuments documents, DossierJob job, JobRun run, CancellationToken cancellationToken);

    /// <summary>The run's message, given the documents written.</summary>
    protected abstract string Describe(JobRun run, int documents);

    /// <inheritdoc/>
    protected override async Task<JobResult> RunAsync(JobRun run, Quartz.IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var documents = new DossierDocuments(EstateReaders.Create(Environment.Database), Environment.Renderer, Environment.Time, new OutputRegister(Environment.Database));
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var community in run.Communities)
        {
            var result = await GenerateAsync(documents, DossierJobs.For(Environment, community.Id, run.AsOf), run, cancellationToken).ConfigureAwait(false);
            files.AddRange(result.Files);
            problems.AddRange(result.Errors);
        }

        var count = DocumentsIn(files);
        return JobResult.From(count, problems, Describe(run, count));
    }
}
