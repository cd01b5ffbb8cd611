namespace ReportingEngine.Domain.Estate;

/// <summary>物业公司 — the property-management company and the regulation profile it follows (R-DOS-9, R-FEE-2).</summary>
/// <param name="Id">Company identifier.</param>
/// <param name="Name">Registered company name.</param>
/// <param name="CatalogProfile">Which required-document catalog applies (<c>default</c> is seed 000's list).</param>
/// <param name="ServicePhone">24-hour service phone printed on notices (R-NOT-2).</param>
/// <param name="Address">Postal address.</param>
public sealed record CompanyProfile(string Id, string Name, string CatalogProfile, string ServicePhone, string Address);
