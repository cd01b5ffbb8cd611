namespace ReportingEngine.Scheduling;

/// <summary>Marker of the scheduling assembly: the Quartz-hosted regulation calendar and its jobs.</summary>
public static class SchedulingAssembly
{
    /// <summary>The assembly's name, used in log lines and the job store's instance name.</summary>
    public const string Name = "ReportingEngine.Scheduling";
}
