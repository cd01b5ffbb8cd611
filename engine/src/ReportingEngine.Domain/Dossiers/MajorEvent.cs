namespace ReportingEngine.Domain.Dossiers;

/// <summary>重要事件 — a major-event file entry, reviewed by the service-center manager before archiving (R-DOS-7).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="CommunityId">Community.</param>
/// <param name="UnitId">Unit concerned, if any.</param>
/// <param name="Category">R-DOS-7 category.</param>
/// <param name="OccurredOn">Date of the event.</param>
/// <param name="Title">Short title.</param>
/// <param name="Description">Record of what happened and what was done.</param>
/// <param name="Evidence">Evidence kept (photos, minutes, contracts).</param>
/// <param name="ReviewedBy">Manager who reviewed it, null while not reviewed.</param>
/// <param name="ReviewedOn">Review date.</param>
public sealed record MajorEvent(
    string Id,
    string CommunityId,
    string? UnitId,
    MajorEventCategory Category,
    DateOnly OccurredOn,
    string Title,
    string Description,
    string Evidence,
    string? ReviewedBy,
    DateOnly? ReviewedOn);
