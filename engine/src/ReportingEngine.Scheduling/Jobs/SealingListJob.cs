using System.Globalization;
using Quartz;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Generation.Register;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>档案封存清单 (R-DOS-10, R-DOS-4): the papers of the fire year's transfers to be sealed before January, per community.</summary>
[DisallowConcurrentExecution]
public sealed class SealingListJob(JobEnvironment environment) : ScheduledJob(environment)
{
    /// <inheritdoc/>
    protected override string Kind => JobKinds.SealingList.Name;

    /// <inheritdoc/>
    protected override async Task<JobResult> RunAsync(JobRun run, IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var documents = new DossierDocuments(EstateReaders.Create(Environment.Database), Environment.Renderer, Environment.Time, new OutputRegister(Environment.Database));
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var community in run.Communities)
        {
            var result = await documents.SealingListAsync(DossierJobs.For(Environment, community.Id, run.AsOf), run.AsOf.Year, cancellationToken).ConfigureAwait(false);
            files.AddRange(result.Files);
            problems.AddRange(result.Errors);
        }

        var count = DocumentsIn(files);
        return JobResult.From(count, problems, string.Create(CultureInfo.InvariantCulture, $"{run.AsOf.Year}: {count} sealing list(s) for {run.Communities.Count} community(ies)"));
    }
}
