namespace ReportingEngine.Domain.Service;

/// <summary>One complaint measured against every limit that applies to its level (R-CMP-1).</summary>
/// <param name="Complaint">The complaint.</param>
/// <param name="Checks">The limits that apply, in the order of <see cref="ServiceCheck"/>.</param>
/// <param name="Anomalies">Timestamps that contradict each other (a fix before the receipt); the checks still ran.</param>
public sealed record ComplaintAssessment(Complaint Complaint, IReadOnlyList<CheckResult> Checks, IReadOnlyList<string> Anomalies)
{
    /// <summary>Every applicable limit was met.</summary>
    public bool OnTime => Checks.All(c => c.Status == CheckStatus.Met);

    /// <summary>At least one limit was missed.</summary>
    public bool Breached => Checks.Any(c => c.Status == CheckStatus.Breached);

    /// <summary>The outcome is known — a limit was missed, or none is still running — so the complaint counts in the on-time rate.</summary>
    public bool Judged => Breached || Checks.All(c => c.Status != CheckStatus.Pending);

    /// <summary>Not fixed by the report date (未办结), whether or not the customer was answered.</summary>
    public required bool Open { get; init; }
}
