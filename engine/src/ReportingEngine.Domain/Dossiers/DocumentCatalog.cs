namespace ReportingEngine.Domain.Dossiers;

/// <summary>必备资料目录 — the required-document catalog of one company profile (R-DOS-9; seed 000's list is the default).</summary>
public sealed record DocumentCatalog
{
    /// <summary>Creates a catalog, checking codes are unique and alternative groups stay within one phase.</summary>
    /// <param name="profile">Profile name (<c>default</c> for seed 000).</param>
    /// <param name="items">Catalog items.</param>
    public DocumentCatalog(string profile, IEnumerable<CatalogItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Profile = profile;
        var list = items.OrderBy(i => i.Phase).ThenBy(i => i.SortOrder).ToList();
        var duplicate = list.GroupBy(i => i.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"catalog '{profile}' lists code '{duplicate.Key}' twice", nameof(items));
        }

        var mixedGroup = list.Where(i => i.AlternativeGroup is not null)
            .GroupBy(i => i.AlternativeGroup, StringComparer.Ordinal)
            .FirstOrDefault(g => g.Select(i => i.Phase).Distinct().Count() > 1);
        if (mixedGroup is not null)
        {
            throw new ArgumentException($"catalog '{profile}' alternative group '{mixedGroup.Key}' spans phases", nameof(items));
        }

        Items = list;
    }

    /// <summary>Profile name.</summary>
    public string Profile { get; }

    /// <summary>Items ordered by phase and checklist order.</summary>
    public IReadOnlyList<CatalogItem> Items { get; }

    /// <summary>The item with a code, or null.</summary>
    /// <param name="code">Document kind code.</param>
    /// <returns>The item or null.</returns>
    public CatalogItem? Find(string code) => Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));

    /// <summary>Items of one phase in checklist order.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The items.</returns>
    public IEnumerable<CatalogItem> ForPhase(DossierPhase phase) => Items.Where(i => i.Phase == phase);
}
