using System.Globalization;
using Quartz;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Generation.Register;
using ReportingEngine.Scheduling.Calendar;
using ReportingEngine.Scheduling.History;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>
/// 质量检查记录 (R-QI-1, R-QI-2): the half-yearly inspection record of each community — the full inspection when it is owed,
/// else the 5 % sample. A community for which no inspection is due yet is noted, not failed.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DossierInspectionJob(JobEnvironment environment) : ScheduledJob(environment)
{
    /// <summary>The text <see cref="DossierDocuments.InspectionAsync"/> reports when R-QI-1 owes no inspection yet.</summary>
    private const string NotDue = "no dossier inspection is due";

    /// <inheritdoc/>
    protected override string Kind => JobKinds.DossierInspection.Name;

    /// <inheritdoc/>
    protected override async Task<JobResult> RunAsync(JobRun run, IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var documents = new DossierDocuments(EstateReaders.Create(Environment.Database), Environment.Renderer, Environment.Time, new OutputRegister(Environment.Database));
        var files = new List<string>();
        var problems = new List<string>();
        var notDue = new List<string>();
        foreach (var community in run.Communities)
        {
            var result = await documents.InspectionAsync(DossierJobs.For(Environment, community.Id, run.AsOf), null, false, cancellationToken).ConfigureAwait(false);
            files.AddRange(result.Files);
            if (result.Files.Count == 0 && result.Errors.Count > 0 && result.Errors.All(e => e.Contains(NotDue, StringComparison.Ordinal)))
            {
                notDue.Add(community.Id);
                continue;
            }

            problems.AddRange(result.Errors);
        }

        var count = DocumentsIn(files);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{run.AsOf:yyyy-MM-dd}: {count} inspection record(s)")
            + (notDue.Count > 0 ? $"; not yet due (R-QI-1): {string.Join(", ", notDue)}" : "");
        return count == 0 && problems.Count == 0 ? new JobResult(RunOutcome.Skipped, 0, summary) : JobResult.From(count, problems, summary);
    }
}
