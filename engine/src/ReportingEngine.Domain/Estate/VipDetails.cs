namespace ReportingEngine.Domain.Estate;

/// <summary>重点业户资料 — the extra record kept for VIP owners, updated monthly (R-DOS-6).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="OwnerId">The VIP owner.</param>
/// <param name="Birthday">生日.</param>
/// <param name="Personality">性格.</param>
/// <param name="Preferences">喜好.</param>
/// <param name="Specialties">特长.</param>
/// <param name="SpecialRequests">特殊要求.</param>
/// <param name="Opinions">意见.</param>
/// <param name="ComplaintsHandled">投诉及处理情况.</param>
/// <param name="UpdatedOn">Last monthly update.</param>
public sealed record VipDetails(
    string Id,
    string OwnerId,
    DateOnly? Birthday,
    string Personality,
    string Preferences,
    string Specialties,
    string SpecialRequests,
    string Opinions,
    string ComplaintsHandled,
    DateOnly UpdatedOn);
