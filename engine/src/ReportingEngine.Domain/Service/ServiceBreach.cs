namespace ReportingEngine.Domain.Service;

/// <summary>One missed limit on one record, with by how much (R-CMP-1, R-REP-1).</summary>
/// <param name="RecordId">Complaint or repair id.</param>
/// <param name="UnitId">Unit, when known.</param>
/// <param name="Result">The check: limit, deadline, when done (null while still open) and the overrun.</param>
public sealed record ServiceBreach(string RecordId, string? UnitId, CheckResult Result)
{
    /// <summary>The limit missed.</summary>
    public ServiceCheck Check => Result.Check;

    /// <summary>By how much; to the report date when still not done.</summary>
    public TimeSpan Overrun => Result.Overrun;
}
