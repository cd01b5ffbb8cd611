using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>One firing as a job sees it: the date it acts on and its scope, all derived from the fire time and the job data.</summary>
public sealed record JobRun
{
    /// <summary>The day the run acts on (the scheduled fire date in the calendar's zone, unless the job data says otherwise).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The scheduled fire time.</summary>
    public required DateTimeOffset ScheduledAt { get; init; }

    /// <summary>The communities in scope, in delivery order.</summary>
    public required IReadOnlyList<Community> Communities { get; init; }

    /// <summary>The merged job data (strings).</summary>
    public required IReadOnlyDictionary<string, string> Data { get; init; }
}
