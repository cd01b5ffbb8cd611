namespace ReportingEngine.Scheduling.History;

/// <summary>One run of a scheduled job, as <c>reporting jobs</c> lists it.</summary>
public sealed record RunRecord
{
    /// <summary>Quartz fire instance id: unique per run.</summary>
    public required string FireId { get; init; }

    /// <summary>Quartz job key, <c>group.name</c> (e.g. <c>fee-notices.fee-notices.2026-11.C01-B03</c>).</summary>
    public required string JobKey { get; init; }

    /// <summary>Job kind (<c>fee-notices</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>The worker node that ran it.</summary>
    public required string Node { get; init; }

    /// <summary>When it was due (UTC).</summary>
    public required DateTimeOffset ScheduledAt { get; init; }

    /// <summary>When it started (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it ended (UTC), null while running.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>One of <see cref="RunOutcome"/>.</summary>
    public required string Outcome { get; init; }

    /// <summary>Documents produced in this run.</summary>
    public int Documents { get; init; }

    /// <summary>What happened, with record keys for failures.</summary>
    public string Message { get; init; } = "";
}
