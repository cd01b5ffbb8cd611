namespace ReportingEngine.Domain.Arrears;

/// <summary>An event that restarted a period's limitation clock.</summary>
/// <param name="Kind">Delivery, part payment or acknowledgement.</param>
/// <param name="On">Day it happened; the new three years run from here.</param>
/// <param name="Reference">The record behind it (delivery id and waybill, payment id, acknowledgement id).</param>
public sealed record Interruption(InterruptionKind Kind, DateOnly On, string Reference);
