using System.Globalization;
using Quartz;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Generation.Register;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>借阅未归还清单 (R-ACC-5, R-ACC-4): the list of originals and copies out and not returned on the fire date, per community.</summary>
[DisallowConcurrentExecution]
public sealed class BorrowingsReportJob(JobEnvironment environment) : ScheduledJob(environment)
{
    /// <inheritdoc/>
    protected override string Kind => JobKinds.BorrowingsReport.Name;

    /// <inheritdoc/>
    protected override async Task<JobResult> RunAsync(JobRun run, IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var documents = new DossierDocuments(EstateReaders.Create(Environment.Database), Environment.Renderer, Environment.Time, new OutputRegister(Environment.Database));
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var community in run.Communities)
        {
            var result = await documents.BorrowingsAsync(DossierJobs.For(Environment, community.Id, run.AsOf), cancellationToken).ConfigureAwait(false);
            files.AddRange(result.Files);
            problems.AddRange(result.Errors);
        }

        var count = DocumentsIn(files);
        return JobResult.From(count, problems, string.Create(CultureInfo.InvariantCulture, $"{run.AsOf:yyyy-MM-dd}: {count} borrowing list(s) for {run.Communities.Count} community(ies)"));
    }
}
