namespace ReportingEngine.Domain.Service;

/// <summary>One record measured against one time limit.</summary>
/// <param name="Check">The limit.</param>
/// <param name="Status">Met, breached or pending.</param>
/// <param name="Start">When the clock started (receipt, call, dispatch, finish).</param>
/// <param name="Deadline">The last moment that is still on time.</param>
/// <param name="DoneAt">When it was done, or null when not done by the report date.</param>
/// <param name="Overrun">By how much the limit was missed (to the report date when still not done); zero unless breached.</param>
public sealed record CheckResult(ServiceCheck Check, CheckStatus Status, DateTime Start, DateTime Deadline, DateTime? DoneAt, TimeSpan Overrun)
{
    /// <summary>Not done by the report date.</summary>
    public bool StillOpen => DoneAt is null;

    /// <summary>Measures a step that starts at <paramref name="start"/> and must be done within <paramref name="limit"/>.</summary>
    /// <param name="check">The limit checked.</param>
    /// <param name="start">Clock start.</param>
    /// <param name="limit">Allowed time, inclusive.</param>
    /// <param name="doneAt">When done, or null; a time after <paramref name="asOf"/> counts as not yet done.</param>
    /// <param name="asOf">The report date.</param>
    /// <returns>The result.</returns>
    public static CheckResult Measure(ServiceCheck check, DateTime start, TimeSpan limit, DateTime? doneAt, DateTime asOf)
    {
        var deadline = start + limit;
        var done = doneAt is { } d && d <= asOf ? d : (DateTime?)null;
        if (done is { } at)
        {
            return at <= deadline
                ? new CheckResult(check, CheckStatus.Met, start, deadline, at, TimeSpan.Zero)
                : new CheckResult(check, CheckStatus.Breached, start, deadline, at, at - deadline);
        }

        return asOf > deadline
            ? new CheckResult(check, CheckStatus.Breached, start, deadline, null, asOf - deadline)
            : new CheckResult(check, CheckStatus.Pending, start, deadline, null, TimeSpan.Zero);
    }
}
