using ReportingEngine.Scheduling.History;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>What one run produced: its outcome, document count and message (recorded in <c>job_runs</c>).</summary>
/// <param name="Outcome">One of <see cref="RunOutcome"/>.</param>
/// <param name="Documents">Documents produced.</param>
/// <param name="Message">Summary, with record keys of failures.</param>
public sealed record JobResult(string Outcome, int Documents, string Message)
{
    /// <summary>A run whose problems (each with its place) decide the outcome.</summary>
    public static JobResult From(int documents, IReadOnlyCollection<string> problems, string summary) =>
        problems.Count == 0
            ? new(RunOutcome.Succeeded, documents, summary)
            : new(RunOutcome.Failed, documents, summary + "; " + string.Join("; ", problems.Take(20)) + (problems.Count > 20 ? $"; … {problems.Count - 20} more" : ""));
}
