using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Service;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>
/// A monthly service document (complaint summary, repair statistics): one per community in scope, for the month just
/// closed before the run's date.
/// </summary>
public abstract class MonthlyServiceJob(JobEnvironment environment) : ServiceDocumentJob(environment)
{
    /// <summary>Writes the document of one community.</summary>
    protected abstract Task<ServiceRunResult> GenerateAsync(ServiceDocuments documents, ServiceJob job, CancellationToken cancellationToken);

    /// <inheritdoc/>
    protected sealed override string PeriodOf(DateOnly asOf) => BillingPeriod.Of(asOf).AddMonths(-1).ToString();

    /// <inheritdoc/>
    protected sealed override Task<ServiceRunResult> GenerateAsync(ServiceDocuments documents, string communityId, DateOnly asOf, CancellationToken cancellationToken) =>
        GenerateAsync(documents, ServiceJobs.For(Environment, communityId, asOf), cancellationToken);
}
