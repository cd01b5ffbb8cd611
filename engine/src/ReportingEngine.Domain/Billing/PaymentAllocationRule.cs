namespace ReportingEngine.Domain.Billing;

/// <summary>How a payment is spread over a unit's open bills.</summary>
public enum PaymentAllocationRule
{
    /// <summary>
    /// The default: every payment settles the oldest open period first (FIFO by period, then bill id),
    /// whatever bill it was recorded against; the named bill only identifies the receipt (R-FEE-3).
    /// </summary>
    OldestFirst,

    /// <summary>
    /// PRC Civil Code art. 560: the debtor's designation comes first — a payment settles the bill it names up to
    /// that bill's outstanding amount; any excess, and payments naming no open bill, go oldest first.
    /// </summary>
    DesignatedBillFirst,
}
