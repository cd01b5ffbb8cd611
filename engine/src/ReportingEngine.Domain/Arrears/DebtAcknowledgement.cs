namespace ReportingEngine.Domain.Arrears;

/// <summary>
/// 欠费确认 — the debtor acknowledged arrears (a signed confirmation, a repayment plan, a recorded call),
/// interrupting the limitation period of the periods it concerns (Civil Code art. 195 (2)).
/// </summary>
/// <param name="Id">Identifier.</param>
/// <param name="UnitId">Unit.</param>
/// <param name="AcknowledgedOn">Day of the acknowledgement.</param>
/// <param name="Periods">Periods acknowledged (<c>YYYY-MM</c>); empty means every period billed by that day.</param>
/// <param name="Evidence">What proves it (document or recording reference).</param>
public sealed record DebtAcknowledgement(string Id, string UnitId, DateOnly AcknowledgedOn, IReadOnlyList<string> Periods, string Evidence);
