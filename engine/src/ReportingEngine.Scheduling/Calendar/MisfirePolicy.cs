namespace ReportingEngine.Scheduling.Calendar;

/// <summary>What happens to a run that was due while no worker was running (a misfire).</summary>
public enum MisfirePolicy
{
    /// <summary>Fire once as soon as a worker is back, however many runs were missed, then keep the schedule.</summary>
    FireOnce,

    /// <summary>Drop the missed runs and wait for the next scheduled one.</summary>
    Skip,
}
