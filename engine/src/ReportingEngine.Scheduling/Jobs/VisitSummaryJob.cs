using Quartz;
using ReportingEngine.Generation.Service;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>走访情况季度汇总 (R-VIS-1): the visit summary of the quarter before the fire date, per community, for the project manager.</summary>
[DisallowConcurrentExecution]
public sealed class VisitSummaryJob(JobEnvironment environment) : ServiceDocumentJob(environment)
{
    /// <inheritdoc/>
    protected override string Kind => JobKinds.VisitSummary.Name;

    /// <inheritdoc/>
    protected override string Documents => "visit summary(ies)";

    /// <inheritdoc/>
    protected override string PeriodOf(DateOnly asOf) => ServiceJobs.QuarterBefore(asOf).ToString();

    /// <inheritdoc/>
    protected override Task<ServiceRunResult> GenerateAsync(ServiceDocuments documents, string communityId, DateOnly asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.VisitSummaryAsync(ServiceJobs.ForQuarter(Environment, communityId, asOf), cancellationToken);
    }
}
