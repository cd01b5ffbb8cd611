namespace ReportingEngine.Domain.Dossiers;

/// <summary>过户 — a change of owner; the former owner's papers are kept apart, never discarded (R-DOS-4).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit.</param>
/// <param name="FromOwnerId">Former owner.</param>
/// <param name="ToOwnerId">New owner.</param>
/// <param name="TransferredOn">Date of the transfer.</param>
public sealed record OwnershipTransfer(string Id, string UnitId, string FromOwnerId, string ToOwnerId, DateOnly TransferredOn);
