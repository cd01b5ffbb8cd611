namespace ReportingEngine.Domain.Service;

/// <summary>One time limit of the service regulations, checked on one complaint or repair.</summary>
public enum ServiceCheck
{
    /// <summary>一般投诉整改通知 — general complaint fixed and the front desk told: receipt → fixed (R-CMP-1, 20 min).</summary>
    GeneralFix,

    /// <summary>一般投诉回复 — general complaint answered: receipt → reply (R-CMP-1, 30 min).</summary>
    GeneralReply,

    /// <summary>重要投诉整改 — important complaint fixed: receipt → fixed (R-CMP-1, 12 h).</summary>
    ImportantFix,

    /// <summary>重大投诉回复 — major complaint answered: receipt → reply (R-CMP-1, 30 min).</summary>
    MajorReply,

    /// <summary>12小时内处理或反馈 — every complaint: receipt → the earlier of fix and reply (R-CMP-1, 12 h).</summary>
    HandledOrAnswered,

    /// <summary>派工 — repair dispatched: call → dispatch (R-REP-1, 3 min).</summary>
    RepairDispatch,

    /// <summary>到场 — worker on site: dispatch → arrival (R-REP-1, 15 min, urgent 10 min).</summary>
    RepairArrival,

    /// <summary>回访 — finished repair followed up (R-REP-1, 100 %).</summary>
    RepairFollowUp,
}
