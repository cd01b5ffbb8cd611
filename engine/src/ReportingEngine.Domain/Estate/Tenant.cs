namespace ReportingEngine.Domain.Estate;

/// <summary>租户 — a tenant living in or using a unit.</summary>
/// <param name="Id">Tenant identifier.</param>
/// <param name="UnitId">Unit rented.</param>
/// <param name="Name">Name (person or company).</param>
/// <param name="Mobile">Phone.</param>
/// <param name="LeaseStart">Lease start.</param>
/// <param name="LeaseEnd">Lease end, null when open-ended.</param>
public sealed record Tenant(string Id, string UnitId, string Name, string Mobile, DateOnly LeaseStart, DateOnly? LeaseEnd);
