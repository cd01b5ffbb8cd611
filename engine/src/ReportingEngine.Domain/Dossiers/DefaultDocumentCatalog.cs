using System.Globalization;

namespace ReportingEngine.Domain.Dossiers;

/// <summary>
/// The default required-document catalog: seed 000 §4.1.1 (R-DOS-2 入伙, R-DOS-3 装修, R-DOS-4 过户),
/// shipped as data in the embedded <c>Dossiers/default-catalog.csv</c>.
/// </summary>
/// <remarks>
/// The same rows are written to <c>sample-data/document_catalog.csv</c> so a company can add its own
/// profile (R-DOS-9) by adding rows with another <c>profile</c> value.
/// </remarks>
public static class DefaultDocumentCatalog
{
    /// <summary>Profile name of seed 000's catalog.</summary>
    public const string ProfileName = "default";

    private static readonly Lazy<DocumentCatalog> Catalog = new(Load);

    /// <summary>The default catalog.</summary>
    public static DocumentCatalog Instance => Catalog.Value;

    /// <summary>The embedded CSV text (header <c>code,name,phase,form,alternative_group,condition,sort_order</c>).</summary>
    /// <returns>The CSV text.</returns>
    public static string ReadCsv()
    {
        using var stream = typeof(DefaultDocumentCatalog).Assembly.GetManifestResourceStream("ReportingEngine.Domain.Dossiers.default-catalog.csv")
            ?? throw new InvalidOperationException("embedded resource default-catalog.csv is missing from ReportingEngine.Domain");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static DocumentCatalog Load()
    {
        var lines = ReadCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var items = new List<CatalogItem>();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            items.Add(new CatalogItem(
                f[0],
                f[1],
                DomainCodes.Parse<DossierPhase>(f[2]),
                DomainCodes.Parse<RequiredForm>(f[3]),
                f[4].Length == 0 ? null : f[4],
                DomainCodes.Parse<CatalogCondition>(f[5]),
                int.Parse(f[6], CultureInfo.InvariantCulture)));
        }

        return new DocumentCatalog(ProfileName, items);
    }
}
