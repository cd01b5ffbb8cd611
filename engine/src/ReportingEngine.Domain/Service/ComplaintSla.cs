namespace ReportingEngine.Domain.Service;

/// <summary>投诉处理时限 — which limits of R-CMP-1 apply to a complaint and whether they were met.</summary>
/// <remarks>
/// <para>The record keeps three timestamps: received (front desk), fixed (the department's fix reported to the front desk)
/// and replied (the customer answered). From 004 F:</para>
/// <list type="bullet">
/// <item>general (一般性投诉): received → fixed ≤ 20 min; received → replied ≤ 30 min;</item>
/// <item>important (重要投诉): received → fixed ≤ 12 h;</item>
/// <item>major (重大投诉): received → replied ≤ 30 min (reported to the project manager; the fix has no fixed limit);</item>
/// <item>every level: received → the earlier of fixed and replied ≤ 12 h (处理, 或未能解决时向客户反馈).</item>
/// </list>
/// <para>A timestamp later than the report date is treated as not yet recorded, so a report for a past month reads
/// the same whenever it is rebuilt. A step not done once its limit has passed is a breach, measured to the report date.</para>
/// <para>R-CMP-2 (the company's quality complaint line answers within 72 h, 002 §5.4) concerns complaints to the company,
/// not the service center's register that these records come from, so it is not checked here.</para>
/// </remarks>
public static class ComplaintSla
{
    /// <summary>Measures one complaint.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="asOf">The report date: steps not done by then are open.</param>
    /// <param name="options">Limits; <see cref="ServiceLevelOptions.Default"/> when null.</param>
    /// <returns>The checks that apply to its level.</returns>
    public static ComplaintAssessment Assess(Complaint complaint, DateTime asOf, ServiceLevelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var limits = ServiceLevelOptions.Checked(options);
        var received = complaint.ReceivedAt;
        var checks = new List<CheckResult>(3);
        switch (complaint.Level)
        {
            case ComplaintLevel.General:
                // R-CMP-1: general complaint, fix reported to the front desk within 20 min, customer answered within 30 min.
                checks.Add(CheckResult.Measure(ServiceCheck.GeneralFix, received, limits.GeneralFix, complaint.FixedAt, asOf));
                checks.Add(CheckResult.Measure(ServiceCheck.GeneralReply, received, limits.GeneralReply, complaint.RepliedAt, asOf));
                break;
            case ComplaintLevel.Important:
                // R-CMP-1: important complaint fixed within 12 h.
                checks.Add(CheckResult.Measure(ServiceCheck.ImportantFix, received, limits.ImportantFix, complaint.FixedAt, asOf));
                break;
            case ComplaintLevel.Major:
                // R-CMP-1: major complaint, reported to the project manager, answered within 30 min.
                checks.Add(CheckResult.Measure(ServiceCheck.MajorReply, received, limits.MajorReply, complaint.RepliedAt, asOf));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(complaint), complaint.Level, "unknown complaint level");
        }

        // R-CMP-1: every complaint handled, or answered, within 12 h.
        checks.Add(CheckResult.Measure(ServiceCheck.HandledOrAnswered, received, limits.HandledOrAnswered, Earlier(Known(complaint.FixedAt, asOf), Known(complaint.RepliedAt, asOf)), asOf));

        var anomalies = new List<string>();
        if (complaint.FixedAt is { } fixedAt && fixedAt < received)
        {
            anomalies.Add(ServiceMessages.BeforeStart("fixed_at", fixedAt, "received_at", received));
        }

        if (complaint.RepliedAt is { } repliedAt && repliedAt < received)
        {
            anomalies.Add(ServiceMessages.BeforeStart("replied_at", repliedAt, "received_at", received));
        }

        return new ComplaintAssessment(complaint, checks, anomalies) { Open = Known(complaint.FixedAt, asOf) is null };
    }

    private static DateTime? Known(DateTime? at, DateTime asOf) => at is { } t && t <= asOf ? t : null;

    private static DateTime? Earlier(DateTime? a, DateTime? b) => (a, b) switch
    {
        ({ } x, { } y) => x <= y ? x : y,
        ({ } x, null) => x,
        (null, { } y) => y,
        _ => null,
    };
}
