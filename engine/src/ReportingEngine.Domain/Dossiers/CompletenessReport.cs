namespace ReportingEngine.Domain.Dossiers;

/// <summary>资料齐全性 — the result of checking one dossier against a catalog.</summary>
/// <param name="UnitId">Unit checked.</param>
/// <param name="CatalogProfile">Catalog profile used.</param>
/// <param name="Lines">One line per requirement, in catalog order.</param>
public sealed record CompletenessReport(string UnitId, string CatalogProfile, IReadOnlyList<RequirementResult> Lines)
{
    /// <summary>Requirements that are missing.</summary>
    public IEnumerable<RequirementResult> Missing => Lines.Where(l => l.Status == RequirementStatus.Missing);

    /// <summary>True when nothing required is missing.</summary>
    public bool IsComplete => !Missing.Any();
}
