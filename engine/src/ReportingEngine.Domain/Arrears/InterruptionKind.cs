namespace ReportingEngine.Domain.Arrears;

/// <summary>What interrupted (and so restarted) a limitation period (PRC Civil Code art. 195; R-COL-2).</summary>
public enum InterruptionKind
{
    /// <summary>An effective delivery of a demand: signed receipt, post/courier waybill or public posting (R-COL-2).</summary>
    Delivery,

    /// <summary>A part payment on the period: the debtor agreed to perform (art. 195 (2)).</summary>
    PartPayment,

    /// <summary>The debtor acknowledged the debt in writing or on record (art. 195 (2)).</summary>
    Acknowledgement,
}
