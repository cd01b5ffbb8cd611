using System.Globalization;
using Quartz;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>借阅未归还清单 (R-ACC-5, R-ACC-4): the list of originals and copies out and not returned on the fire date, per community.</summary>
[DisallowConcurrentExecution]
public sealed class BorrowingsReportJob(JobEnvironment environment) : CommunityDossierJob(environment)
{
    /// <inheritdoc/>
    protected override string Kind => JobKinds.BorrowingsReport.Name;

    /// <inheritdoc/>
    protected override Task<DossierRunResult> GenerateAsync(DossierDocuments documents, DossierJob job, JobRun run, CancellationToken cancellationToken) =>
        documents.BorrowingsAsync(job, cancellationToken);

    /// <inheritdoc/>
    protected override string Describe(JobRun run, int documents) =>
        string.Create(CultureInfo.InvariantCulture, $"{run.AsOf:yyyy-MM-dd}: {documents} borrowing list(s) for {run.Communities.Count} community(ies)");
}
