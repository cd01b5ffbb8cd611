using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Service;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>The service-document requests of a scheduled run: the month or the quarter just closed before the run's date.</summary>
internal static class ServiceJobs
{
    public static ServiceJob For(JobEnvironment environment, string communityId, DateOnly asOf) => new()
    {
        CommunityId = communityId,
        Month = BillingPeriod.Of(asOf).AddMonths(-1),
        OutputFolder = Folder(environment),
        Formats = environment.Formats,
    };

    /// <summary>The quarter before the one <paramref name="asOf"/> falls in, reported as of its last day so every month is judged.</summary>
    public static QuarterlyServiceJob ForQuarter(JobEnvironment environment, string communityId, DateOnly asOf) => new()
    {
        CommunityId = communityId,
        Quarter = QuarterBefore(asOf),
        OutputFolder = Folder(environment),
        Formats = environment.Formats,
    };

    public static SurveyQuarter QuarterBefore(DateOnly asOf) => SurveyQuarter.Of(asOf.AddMonths(-3));

    private static string Folder(JobEnvironment environment) => Path.Combine(environment.OutputFolder, "service");
}
