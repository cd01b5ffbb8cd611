namespace ReportingEngine.Domain.Collection;

/// <summary>催缴结果.</summary>
public enum CollectionOutcome
{
    /// <summary>已送达/已告知.</summary>
    Delivered,

    /// <summary>无人接听/无人在家.</summary>
    NoAnswer,

    /// <summary>承诺缴费.</summary>
    Promised,

    /// <summary>拒绝 — a refused visit counts towards R-COL-1's lawyer-letter trigger.</summary>
    Refused,

    /// <summary>已缴清.</summary>
    Paid,

    /// <summary>待定 — no outcome yet (lawyer letters awaiting approval).</summary>
    Pending,
}
