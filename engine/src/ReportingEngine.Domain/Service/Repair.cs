namespace ReportingEngine.Domain.Service;

/// <summary>报修记录 — a repair request with its timestamps (R-REP-1: dispatch ≤ 3 min, on site ≤ 15 min, urgent ≤ 10).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit.</param>
/// <param name="Category">水电, 门窗, 电梯…</param>
/// <param name="Description">Fault described.</param>
/// <param name="Urgent">Urgent repair.</param>
/// <param name="CalledAt">Call received.</param>
/// <param name="DispatchedAt">Worker dispatched.</param>
/// <param name="ArrivedAt">Worker on site.</param>
/// <param name="FinishedAt">Repair finished, null while open.</param>
/// <param name="Worker">Repair worker.</param>
/// <param name="FollowedUpAt">回访 (100 % required), null while not done.</param>
/// <param name="FollowUpResult">Owner's verdict at follow-up.</param>
/// <param name="RepeatOf">Earlier repair this one repeats, if any.</param>
public sealed record Repair(
    string Id,
    string UnitId,
    string Category,
    string Description,
    bool Urgent,
    DateTime CalledAt,
    DateTime? DispatchedAt,
    DateTime? ArrivedAt,
    DateTime? FinishedAt,
    string Worker,
    DateTime? FollowedUpAt,
    string? FollowUpResult,
    string? RepeatOf);
