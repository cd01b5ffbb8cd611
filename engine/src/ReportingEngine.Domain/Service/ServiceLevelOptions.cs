namespace ReportingEngine.Domain.Service;

/// <summary>服务时限 — the complaint and repair time limits, with the regulations' values as defaults (R-CMP-1, R-REP-1).</summary>
/// <remarks>
/// Every limit is inclusive: "within 20 minutes" means a fix recorded exactly 20:00 after receipt is on time and one
/// recorded 20:01 (or 20:00 and one second) later is late. Which two timestamps each limit spans is written on the
/// property and on <see cref="ServiceCheck"/>; companies with other limits change the values, not the rules.
/// </remarks>
public sealed record ServiceLevelOptions
{
    /// <summary>The limits of 004 F (complaints) and 004 G / 002 §5.5 (repairs).</summary>
    public static ServiceLevelOptions Default { get; } = new();

    /// <summary>
    /// General complaint: from receipt at the front desk to the department's fix reported back to the front desk
    /// (<see cref="Complaint.FixedAt"/>). R-CMP-1, 004 F 一般性投诉: 整改完毕后在20分钟内将整改结果通知客服前台.
    /// </summary>
    public TimeSpan GeneralFix { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>
    /// General complaint: from receipt to the front desk's reply to the customer (<see cref="Complaint.RepliedAt"/>).
    /// R-CMP-1, 004 F: 客服前台在30分钟内将整改情况回复客户. Measured from receipt, the only start the record keeps,
    /// so the customer hears back within half an hour of complaining.
    /// </summary>
    public TimeSpan GeneralReply { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Important complaint: from receipt to the fix (R-CMP-1, 004 F 重要投诉: 相关部门需在12小时内整改完毕).</summary>
    public TimeSpan ImportantFix { get; init; } = TimeSpan.FromHours(12);

    /// <summary>Major complaint: from receipt to the reply (R-CMP-1, 004 F 重大投诉: 一般在30分钟内将处理情况回复客户).</summary>
    public TimeSpan MajorReply { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Every complaint: from receipt to the earlier of the fix and the reply (R-CMP-1, 004 F: 所有投诉需在12小时内得到处理,
    /// 如未能得到解决需在12小时内向客户反馈).
    /// </summary>
    public TimeSpan HandledOrAnswered { get; init; } = TimeSpan.FromHours(12);

    /// <summary>Repair: from the call to the dispatch (R-REP-1, 004 G: 报修时间与接单时间控制在3分钟内).</summary>
    public TimeSpan RepairDispatch { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Repair: from the dispatch to the worker on site (R-REP-1, 004 G: 接单时间与开工时间控制在15分钟内).</summary>
    public TimeSpan RepairArrival { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Urgent repair (急迫抢修): from the dispatch to the worker on site (R-REP-1, 004 G: 必须在10分钟内到达).</summary>
    public TimeSpan UrgentRepairArrival { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A finished repair without a follow-up visit counts as missing (R-REP-1: 回访率100%) once this long has passed since
    /// it was finished; before that it is "to be followed up".
    /// </summary>
    /// <remarks>
    /// The regulations set no deadline for the follow-up (004 G: 维修完毕……客服前台进行回访); without a grace every repair
    /// finished in the last hours of a month would be reported as missed on the 1st.
    /// </remarks>
    public TimeSpan FollowUpGrace { get; init; } = TimeSpan.FromDays(1);

    /// <summary>Checks the options once, when they are built from configuration.</summary>
    /// <returns>The problems found, empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        void Positive(TimeSpan value, string name)
        {
            if (value <= TimeSpan.Zero)
            {
                problems.Add($"{name} must be longer than zero");
            }
        }

        Positive(GeneralFix, nameof(GeneralFix));
        Positive(GeneralReply, nameof(GeneralReply));
        Positive(ImportantFix, nameof(ImportantFix));
        Positive(MajorReply, nameof(MajorReply));
        Positive(HandledOrAnswered, nameof(HandledOrAnswered));
        Positive(RepairDispatch, nameof(RepairDispatch));
        Positive(RepairArrival, nameof(RepairArrival));
        Positive(UrgentRepairArrival, nameof(UrgentRepairArrival));
        if (FollowUpGrace < TimeSpan.Zero)
        {
            problems.Add($"{nameof(FollowUpGrace)} must not be negative");
        }

        if (UrgentRepairArrival > RepairArrival)
        {
            problems.Add($"{nameof(UrgentRepairArrival)} must not be longer than {nameof(RepairArrival)} (R-REP-1: 15 minutes, urgent 10)");
        }

        return problems;
    }

    internal static ServiceLevelOptions Checked(ServiceLevelOptions? options)
    {
        options ??= Default;
        var problems = options.Validate();
        return problems.Count == 0 ? options : throw new ArgumentException(string.Join("; ", problems), nameof(options));
    }
}
