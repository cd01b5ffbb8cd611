using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Service;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>The service-document request of a scheduled run: the month before the run's date (the month just closed).</summary>
internal static class ServiceJobs
{
    public static ServiceJob For(JobEnvironment environment, string communityId, DateOnly asOf) => new()
    {
        CommunityId = communityId,
        Month = BillingPeriod.Of(asOf).AddMonths(-1),
        OutputFolder = Path.Combine(environment.OutputFolder, "service"),
        Formats = environment.Formats,
    };
}
