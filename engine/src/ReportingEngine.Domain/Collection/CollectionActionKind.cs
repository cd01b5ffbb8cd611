namespace ReportingEngine.Domain.Collection;

/// <summary>催缴方式 — the steps of the collection ladder (R-COL-1).</summary>
public enum CollectionActionKind
{
    /// <summary>催缴通知 — written reminder.</summary>
    Reminder,

    /// <summary>电话催缴.</summary>
    Call,

    /// <summary>上门催缴 — door-to-door by at least two staff.</summary>
    Visit,

    /// <summary>律师函.</summary>
    LawyerLetter,
}
