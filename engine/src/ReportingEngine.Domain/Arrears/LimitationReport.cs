using ReportingEngine.Domain.Billing;

namespace ReportingEngine.Domain.Arrears;

/// <summary>诉讼时效报告 — every open fee period of a unit with its limitation clock (R-COL-2).</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="AsOf">The day of the assessment.</param>
/// <param name="Entries">One entry per open period, oldest first.</param>
/// <param name="Issues">Deliveries and acknowledgements that could not count, with the reason.</param>
public sealed record LimitationReport(
    string UnitId,
    DateOnly AsOf,
    IReadOnlyList<LimitationEntry> Entries,
    IReadOnlyList<BillingIssue> Issues)
{
    /// <summary>Outstanding amount of periods expiring within the at-risk window.</summary>
    public decimal AmountAtRisk => Entries.Where(e => e.Status == LimitationStatus.AtRisk).Sum(e => e.Outstanding);

    /// <summary>Outstanding amount already time-barred.</summary>
    public decimal AmountTimeBarred => Entries.Where(e => e.Status == LimitationStatus.TimeBarred).Sum(e => e.Outstanding);

    /// <summary>Bills whose limitation period has run out: flagged, never demanded.</summary>
    public IReadOnlySet<string> TimeBarredBillIds =>
        Entries.Where(e => e.Status == LimitationStatus.TimeBarred).Select(e => e.BillId).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a bill may be demanded on a notice or lawyer letter (R-COL-2: time-barred periods may not).</summary>
    /// <param name="billId">The bill.</param>
    /// <returns>False only for a time-barred bill.</returns>
    public bool MayDemand(string billId) =>
        !Entries.Any(e => e.Status == LimitationStatus.TimeBarred && string.Equals(e.BillId, billId, StringComparison.Ordinal));
}
