namespace ReportingEngine.Domain.Arrears;

/// <summary>One visit: a unit in a slot.</summary>
/// <param name="Target">The unit.</param>
/// <param name="Slot">When.</param>
public sealed record VisitAssignment(VisitTarget Target, VisitSlot Slot);
