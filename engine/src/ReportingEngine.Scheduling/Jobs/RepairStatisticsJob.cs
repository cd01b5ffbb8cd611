using Quartz;
using ReportingEngine.Generation.Service;
using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>维修月度统计 (R-REP-1): the repair statistics of the month before the fire date, per community, by the 1st.</summary>
[DisallowConcurrentExecution]
public sealed class RepairStatisticsJob(JobEnvironment environment) : MonthlyServiceJob(environment)
{
    /// <inheritdoc/>
    protected override string Kind => JobKinds.RepairStatistics.Name;

    /// <inheritdoc/>
    protected override string Documents => "repair statistics";

    /// <inheritdoc/>
    protected override Task<ServiceRunResult> GenerateAsync(ServiceDocuments documents, ServiceJob job, CancellationToken cancellationToken) =>
        documents.RepairStatisticsAsync(job, cancellationToken);
}
