namespace ReportingEngine.Domain.Service;

/// <summary>投诉记录 — a complaint and its timestamps (R-CMP-1, R-CMP-2).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit of the complainant, if known.</param>
/// <param name="CommunityId">Community.</param>
/// <param name="Level">General, important or major.</param>
/// <param name="Category">Subject (保洁, 安保, 维修, 收费, 噪音…).</param>
/// <param name="Content">What the customer said.</param>
/// <param name="ReceivedAt">When the front desk received it.</param>
/// <param name="FixedAt">When the department fixed it, if done.</param>
/// <param name="RepliedAt">When the customer was answered.</param>
/// <param name="Handler">Department or person handling it.</param>
/// <param name="Result">Outcome recorded.</param>
public sealed record Complaint(
    string Id,
    string? UnitId,
    string CommunityId,
    ComplaintLevel Level,
    string Category,
    string Content,
    DateTime ReceivedAt,
    DateTime? FixedAt,
    DateTime? RepliedAt,
    string Handler,
    string Result);
