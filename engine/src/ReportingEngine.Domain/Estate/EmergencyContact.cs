namespace ReportingEngine.Domain.Estate;

/// <summary>紧急联系人 — who to call when the household cannot be reached.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit.</param>
/// <param name="Name">Name.</param>
/// <param name="Relation">Relation to the owner.</param>
/// <param name="Phone">Phone.</param>
public sealed record EmergencyContact(string Id, string UnitId, string Name, string Relation, string Phone);
