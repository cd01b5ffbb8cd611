namespace ReportingEngine.Scheduling.History;

/// <summary>How a job run ended (the <c>outcome</c> column of <c>job_runs</c>).</summary>
public static class RunOutcome
{
    /// <summary>Started and not finished yet.</summary>
    public const string Running = "running";

    /// <summary>
    /// Its worker died before the run finished (SIGKILL, power cut): found out when the job next starts, on any node —
    /// a recovered run gets a row of its own.
    /// </summary>
    public const string Interrupted = "interrupted";

    /// <summary>Every document was produced.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>Nothing was owed (no dossier inspection due yet).</summary>
    public const string Skipped = "skipped";

    /// <summary>Some or all documents were not produced; the message says which record or setting.</summary>
    public const string Failed = "failed";

    /// <summary>Stopped by a shutdown or a cancellation; the job is idempotent and runs again.</summary>
    public const string Cancelled = "cancelled";
}
