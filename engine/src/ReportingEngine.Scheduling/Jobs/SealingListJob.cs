using System.Globalization;
using Quartz;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>档案封存清单 (R-DOS-10, R-DOS-4): the papers of the fire year's transfers to be sealed before January, per community.</summary>
[DisallowConcurrentExecution]
public sealed class SealingListJob(JobEnvironment environment) : CommunityDossierJob(environment)
{
    /// <inheritdoc/>
    protected override string Kind => JobKinds.SealingList.Name;

    /// <inheritdoc/>
    protected override Task<DossierRunResult> GenerateAsync(DossierDocuments documents, DossierJob job, JobRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return documents.SealingListAsync(job, run.AsOf.Year, cancellationToken);
    }

    /// <inheritdoc/>
    protected override string Describe(JobRun run, int documents)
    {
        ArgumentNullException.ThrowIfNull(run);
        return string.Create(CultureInfo.InvariantCulture, $"{run.AsOf.Year}: {documents} sealing list(s) for {run.Communities.Count} community(ies)");
    }
}
