using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Domain.Access;

/// <summary>One owner of one unit, as the data holds it, before the role's redaction.</summary>
/// <param name="UnitId">Unit.</param>
/// <param name="BuildingId">Building.</param>
/// <param name="BuildingName">Building name (楼栋).</param>
/// <param name="UnitLabel">Floor-room label (R-DOS-1).</param>
/// <param name="Name">Owner name.</param>
/// <param name="Gender">Gender.</param>
/// <param name="IdNumber">ID number.</param>
/// <param name="Mobile">Mobile.</param>
/// <param name="HomePhone">Home phone, if any.</param>
/// <param name="IsVip">重点业户 (R-DOS-6): the mobile never appears on the customer-service roster.</param>
public sealed record RosterEntry(
    string UnitId,
    string BuildingId,
    string BuildingName,
    string UnitLabel,
    string Name,
    Gender Gender,
    string IdNumber,
    string Mobile,
    string? HomePhone,
    bool IsVip);
