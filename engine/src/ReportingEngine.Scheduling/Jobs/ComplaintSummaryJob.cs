using Quartz;
using ReportingEngine.Generation.Service;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>投诉月度汇总 (R-CMP-1): the complaint summary of the month before the fire date, per community.</summary>
[DisallowConcurrentExecution]
public sealed class ComplaintSummaryJob(JobEnvironment environment) : MonthlyServiceJob(environment)
{
    /// <inheritdoc/>
    protected override string Kind => JobKinds.ComplaintSummary.Name;

    /// <inheritdoc/>
    protected override string Documents => "complaint summary(ies)";

    /// <inheritdoc/>
    protected override Task<ServiceRunResult> GenerateAsync(ServiceDocuments documents, ServiceJob job, CancellationToken cancellationToken) =>
        documents.ComplaintSummaryAsync(job, cancellationToken);
}
