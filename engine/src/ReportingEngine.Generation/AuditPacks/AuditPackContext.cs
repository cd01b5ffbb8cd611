using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Generation.AuditPacks;

/// <summary>The community, its company, buildings and units, and the range a pack is computed for.</summary>
internal sealed record AuditPackContext(
    CompanyProfile Company,
    Community Community,
    IReadOnlyList<Building> Buildings,
    IReadOnlyList<UnitListing> Units,
    DocumentCatalog Catalog,
    DateOnly From,
    DateOnly To,
    DateOnly AsOf,
    string ArchiveNumber)
{
    /// <summary>The community as a reader scope.</summary>
    public UnitScope Scope => UnitScope.Community(Community.Id);

    /// <summary>Building name by id (the id itself for an unknown building).</summary>
    public string BuildingName(string buildingId) =>
        Buildings.FirstOrDefault(b => string.Equals(b.Id, buildingId, StringComparison.Ordinal))?.Name ?? buildingId;

    /// <summary>The first instant after the as-of day (service-level checks count what was done by the end of it).</summary>
    public DateTime EndOfAsOf => AsOf.AddDays(1).ToDateTime(TimeOnly.MinValue);

    /// <summary>Whether <paramref name="day"/> lies in the range (both ends included).</summary>
    public bool InRange(DateOnly day) => day >= From && day <= To;
}
