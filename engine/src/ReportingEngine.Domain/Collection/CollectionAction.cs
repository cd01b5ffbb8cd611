namespace ReportingEngine.Domain.Collection;

/// <summary>催缴记录 — one step taken to collect arrears (R-COL-1).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit in arrears.</param>
/// <param name="Kind">Reminder, call, visit or lawyer letter.</param>
/// <param name="ActedAt">When it happened.</param>
/// <param name="Staff">Staff involved (visits: at least two names).</param>
/// <param name="Outcome">Result.</param>
/// <param name="Approval">Approval state, lawyer letters only.</param>
/// <param name="ArrearsAmount">Arrears stated, in yuan.</param>
/// <param name="Note">Free-text record.</param>
public sealed record CollectionAction(
    string Id,
    string UnitId,
    CollectionActionKind Kind,
    DateTime ActedAt,
    string Staff,
    CollectionOutcome Outcome,
    ApprovalState? Approval,
    decimal ArrearsAmount,
    string Note);
