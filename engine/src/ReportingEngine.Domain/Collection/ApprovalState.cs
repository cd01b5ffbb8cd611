namespace ReportingEngine.Domain.Collection;

/// <summary>律师函审批状态 — customer service drafts, departments and leaders approve, a law firm sends (R-COL-1).</summary>
public enum ApprovalState
{
    /// <summary>草拟.</summary>
    Drafted,

    /// <summary>已批准.</summary>
    Approved,

    /// <summary>驳回.</summary>
    Rejected,

    /// <summary>律师事务所已发出.</summary>
    Sent,
}
