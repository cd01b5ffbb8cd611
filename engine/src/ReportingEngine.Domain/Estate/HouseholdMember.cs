namespace ReportingEngine.Domain.Estate;

/// <summary>家庭成员 — a member of the household registered on the 业主/住户情况登记表.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit.</param>
/// <param name="Name">Name.</param>
/// <param name="Relation">Relation to the owner (配偶, 子女, 父母…).</param>
/// <param name="Mobile">Phone, if any.</param>
public sealed record HouseholdMember(string Id, string UnitId, string Name, string Relation, string? Mobile);
