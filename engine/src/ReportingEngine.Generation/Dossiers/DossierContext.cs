using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Dossiers;
using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Generation.Dossiers;

/// <summary>What every dossier document of a community needs: its company, buildings in delivery order and catalog (R-DOS-9).</summary>
internal sealed record DossierContext(CompanyProfile Company, Community Community, IReadOnlyList<Building> Buildings, DocumentCatalog Catalog, UnitScope Scope);
