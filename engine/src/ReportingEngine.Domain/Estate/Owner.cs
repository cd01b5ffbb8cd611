namespace ReportingEngine.Domain.Estate;

/// <summary>业主 — an owner of a unit; former owners are kept with <see cref="OwnedTo"/> set (R-DOS-4).</summary>
/// <param name="Id">Owner identifier.</param>
/// <param name="UnitId">Unit owned.</param>
/// <param name="Name">Name.</param>
/// <param name="Gender">Gender (R-DOS-5).</param>
/// <param name="IdNumber">身份证号码 (R-DOS-5; level-1 confidential, R-ACC-1).</param>
/// <param name="NativePlace">籍贯.</param>
/// <param name="HouseholdRegistration">户口所在地.</param>
/// <param name="Mobile">Mobile phone (not listed for VIPs on customer-service rosters, R-ACC-3).</param>
/// <param name="HomePhone">Home phone, if any.</param>
/// <param name="OwnedFrom">Start of ownership.</param>
/// <param name="OwnedTo">End of ownership (transfer date), null for the current owner.</param>
/// <param name="IsVip">重点业户 (R-DOS-6).</param>
/// <param name="LivesAbroad">Owner lives abroad: phone reminders (R-COL-1 step 2).</param>
public sealed record Owner(
    string Id,
    string UnitId,
    string Name,
    Gender Gender,
    string IdNumber,
    string NativePlace,
    string HouseholdRegistration,
    string Mobile,
    string? HomePhone,
    DateOnly OwnedFrom,
    DateOnly? OwnedTo,
    bool IsVip,
    bool LivesAbroad)
{
    /// <summary>True while this person owns the unit.</summary>
    public bool IsCurrent => OwnedTo is null;
}
