namespace ReportingEngine.Domain.Collection;

/// <summary>送达记录 — proof that a notice reached the owner (R-COL-2, R-COL-3).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit.</param>
/// <param name="DocumentKind">What was delivered.</param>
/// <param name="Period">Period stated on it (<c>YYYY-MM</c>, the latest one covered).</param>
/// <param name="Amount">Amount stated, in yuan.</param>
/// <param name="DeliveredOn">Date of delivery.</param>
/// <param name="Evidence">Kind of evidence.</param>
/// <param name="Notarized">Public posting notarized.</param>
/// <param name="Reference">Waybill number, receipt number or posting record.</param>
/// <param name="DeliveredBy">Housekeeper (管家) who delivered it.</param>
public sealed record Delivery(
    string Id,
    string UnitId,
    DeliveredDocumentKind DocumentKind,
    string Period,
    decimal Amount,
    DateOnly DeliveredOn,
    DeliveryEvidence Evidence,
    bool Notarized,
    string Reference,
    string DeliveredBy);
