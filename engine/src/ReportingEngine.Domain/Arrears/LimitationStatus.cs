namespace ReportingEngine.Domain.Arrears;

/// <summary>诉讼时效状态 of one fee period.</summary>
public enum LimitationStatus
{
    /// <summary>More than the at-risk window left.</summary>
    Running,

    /// <summary>Expires within the at-risk window (90 days by default): deliver or obtain an acknowledgement now.</summary>
    AtRisk,

    /// <summary>Expired: flagged on the account, never demanded on a notice or lawyer letter.</summary>
    TimeBarred,
}
