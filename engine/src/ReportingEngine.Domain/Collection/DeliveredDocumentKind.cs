namespace ReportingEngine.Domain.Collection;

/// <summary>What was delivered.</summary>
public enum DeliveredDocumentKind
{
    /// <summary>缴费通知书/付款请求书.</summary>
    FeeNotice,

    /// <summary>催缴通知.</summary>
    Reminder,

    /// <summary>律师函.</summary>
    LawyerLetter,
}
