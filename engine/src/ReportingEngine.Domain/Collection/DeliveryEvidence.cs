namespace ReportingEngine.Domain.Collection;

/// <summary>送达证据 — the effective forms of delivery (R-COL-2); any one interrupts the limitation period.</summary>
public enum DeliveryEvidence
{
    /// <summary>签收回执 stating period, amount and name.</summary>
    SignedReceipt,

    /// <summary>邮寄/快递 with a waybill stating period, amount and name.</summary>
    PostWaybill,

    /// <summary>大堂公示 of the arrears list (notarized when needed).</summary>
    PublicPosting,
}
