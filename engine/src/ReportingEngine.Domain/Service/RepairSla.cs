namespace ReportingEngine.Domain.Service;

/// <summary>维修服务时限 — the limits of R-REP-1 on one repair.</summary>
/// <remarks>
/// <para>From 004 G: the front desk passes the call to the engineering department within 3 minutes (报修时间与接单时间, call →
/// dispatch); the worker is on site within 15 minutes of taking the order, 10 for urgent repairs (接单时间与开工时间,
/// dispatch → arrival). A repair not dispatched at all is measured for arrival from the latest moment it should have been
/// dispatched (call + dispatch limit), so a missing dispatch cannot hide a late arrival.</para>
/// <para>Follow-up (002 §5.5, 004 G: 回访率100%) applies once a repair is finished; it has no time limit in the regulations,
/// so a finished repair without a follow-up is pending for <see cref="ServiceLevelOptions.FollowUpGrace"/> and missing
/// (a breach) after that.</para>
/// <para>Timestamps later than the report date count as not yet recorded.</para>
/// </remarks>
public static class RepairSla
{
    /// <summary>Measures one repair.</summary>
    /// <param name="repair">The repair.</param>
    /// <param name="asOf">The report date.</param>
    /// <param name="options">Limits; <see cref="ServiceLevelOptions.Default"/> when null.</param>
    /// <returns>The assessment.</returns>
    public static RepairAssessment Assess(Repair repair, DateTime asOf, ServiceLevelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(repair);
        var limits = ServiceLevelOptions.Checked(options);
        var checks = new List<CheckResult>(3);

        // R-REP-1: dispatched within 3 minutes of the call.
        var dispatch = CheckResult.Measure(ServiceCheck.RepairDispatch, repair.CalledAt, limits.RepairDispatch, repair.DispatchedAt, asOf);
        checks.Add(dispatch);

        // R-REP-1: on site within 15 minutes of the dispatch, 10 when urgent.
        var arrivalStart = dispatch.DoneAt ?? dispatch.Deadline;
        var arrivalLimit = repair.Urgent ? limits.UrgentRepairArrival : limits.RepairArrival;
        checks.Add(CheckResult.Measure(ServiceCheck.RepairArrival, arrivalStart, arrivalLimit, repair.ArrivedAt, asOf));

        var finished = Known(repair.FinishedAt, asOf);
        if (finished is { } finishedAt)
        {
            // R-REP-1: 100 % follow-up; the grace is ours, the regulation names no deadline.
            var followUp = CheckResult.Measure(ServiceCheck.RepairFollowUp, finishedAt, limits.FollowUpGrace, repair.FollowedUpAt, asOf);
            if (followUp is { Status: CheckStatus.Breached, DoneAt: not null })
            {
                // A follow-up done late is still done: the regulation counts the rate, not the delay.
                followUp = followUp with { Status = CheckStatus.Met, Overrun = TimeSpan.Zero };
            }

            checks.Add(followUp);
        }

        var anomalies = new List<string>();
        Order(anomalies, "dispatched_at", repair.DispatchedAt, "called_at", repair.CalledAt);
        Order(anomalies, "arrived_at", repair.ArrivedAt, "dispatched_at", repair.DispatchedAt ?? repair.CalledAt);
        Order(anomalies, "finished_at", repair.FinishedAt, "arrived_at", repair.ArrivedAt ?? repair.CalledAt);
        Order(anomalies, "followed_up_at", repair.FollowedUpAt, "finished_at", repair.FinishedAt ?? repair.CalledAt);
        if (repair.FollowedUpAt is not null && repair.FinishedAt is null)
        {
            anomalies.Add("followed_up_at is set but finished_at is empty; the repair is counted as unfinished");
        }

        return new RepairAssessment(repair, checks, anomalies) { Unfinished = finished is null };
    }

    private static void Order(List<string> anomalies, string field, DateTime? at, string startField, DateTime start)
    {
        if (at is { } value && value < start)
        {
            anomalies.Add(ServiceMessages.BeforeStart(field, value, startField, start));
        }
    }

    private static DateTime? Known(DateTime? at, DateTime asOf) => at is { } t && t <= asOf ? t : null;
}
