namespace ReportingEngine.Domain.Service;

/// <summary>One repair measured against R-REP-1: dispatch, arrival and follow-up, and whether it is finished or a repeat.</summary>
/// <param name="Repair">The repair.</param>
/// <param name="Checks">Dispatch, arrival and — once finished — follow-up.</param>
/// <param name="Anomalies">Timestamps that contradict each other (arrival before dispatch); the checks still ran.</param>
public sealed record RepairAssessment(Repair Repair, IReadOnlyList<CheckResult> Checks, IReadOnlyList<string> Anomalies)
{
    /// <summary>Not finished by the report date (未完成维修单).</summary>
    public required bool Unfinished { get; init; }

    /// <summary>A repeat of an earlier repair (返修单).</summary>
    public bool Repeated => Repair.RepeatOf is not null;

    /// <summary>The result of one check, or null when it does not apply (follow-up of an unfinished repair).</summary>
    /// <param name="check">The check.</param>
    /// <returns>The result or null.</returns>
    public CheckResult? Result(ServiceCheck check) => Checks.FirstOrDefault(c => c.Check == check);

    /// <summary>Dispatch and arrival were both within their limits.</summary>
    public bool OnTime => Result(ServiceCheck.RepairDispatch)?.Status == CheckStatus.Met && Result(ServiceCheck.RepairArrival)?.Status == CheckStatus.Met;
}
