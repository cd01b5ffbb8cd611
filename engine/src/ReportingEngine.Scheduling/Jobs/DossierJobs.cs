using ReportingEngine.Generation.Dossiers;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>The dossier-document request of a scheduled run.</summary>
internal static class DossierJobs
{
    public static DossierJob For(JobEnvironment environment, string communityId, DateOnly asOf) => new()
    {
        CommunityId = communityId,
        AsOf = asOf,
        OutputFolder = Path.Combine(environment.OutputFolder, "dossiers"),
        Formats = environment.Formats,
        GeneratedBy = environment.GeneratedBy,
    };
}
