namespace ReportingEngine.Domain.Archive;

/// <summary>质量检查记录 — a dossier quality inspection (R-QI-1..3).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="CommunityId">Community inspected.</param>
/// <param name="Kind">Full or sample.</param>
/// <param name="InspectedOn">Date.</param>
/// <param name="Inspector">客户服务主管 who checked (R-QI-3).</param>
/// <param name="DossiersChecked">Dossiers checked.</param>
/// <param name="MissingFound">Missing documents found.</param>
/// <param name="FollowUp">追补 actions taken.</param>
public sealed record Inspection(
    string Id,
    string CommunityId,
    InspectionKind Kind,
    DateOnly InspectedOn,
    string Inspector,
    int DossiersChecked,
    int MissingFound,
    string FollowUp);
