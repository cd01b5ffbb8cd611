using System.Globalization;
using ReportingEngine.Data.Schema;
using ReportingEngine.Domain;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Dossiers;

namespace ReportingEngine.Data.Synthetic;

/// <summary>
/// Writes a deterministic synthetic estate as CSV files (the layout of <c>sample-data/</c>): three
/// communities (residential, commercial 大厦, mixed), owners with Chinese names, VIPs, dossiers with
/// gaps, 24 months of bills and payments with arrears patterns (on time, 1 month late, 3, 8, 14 and
/// 40 months), collection actions, deliveries, borrowings, complaints, repairs, visits and two quarters
/// of surveys. Rows are streamed to the files unit by unit, so memory stays flat at any size.
/// </summary>
public static partial class EstateGenerator
{
    /// <summary>Generates an estate into a folder (created if needed; existing CSV files are replaced).</summary>
    /// <param name="options">Size, seed and period range.</param>
    /// <param name="outputDirectory">Target folder.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Rows written per table, in contract order.</returns>
    public static IReadOnlyList<KeyValuePair<string, long>> Generate(GeneratorOptions options, string outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Directory.CreateDirectory(outputDirectory);
        var files = EstateSchema.Tables.ToDictionary(
            t => t.Name,
            t => new CsvOut(Path.Combine(outputDirectory, t.FileName), t.Columns.Select(c => c.Name)),
            StringComparer.Ordinal);
        try
        {
            new Run(options, files, cancellationToken).Execute();
        }
        finally
        {
            foreach (var file in files.Values)
            {
                file.Dispose();
            }
        }

        return EstateSchema.Tables.Select(t => new KeyValuePair<string, long>(t.Name, files[t.Name].Rows)).ToList();
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);

    private static string CatalogId(string code) => "default-" + code.Replace('_', '-');

    private static IEnumerable<CatalogItem> CatalogRows() => DefaultDocumentCatalog.Instance.Items;

    private static string Code<T>(T value)
        where T : struct, Enum => DomainCodes.ToCode(value);

    private static BillingPeriod FirstPeriod(GeneratorOptions options) => options.LastPeriod.AddMonths(1 - options.Months);

    private static DateOnly Day(BillingPeriod period, int day) => new(period.Year, period.Month, Math.Min(day, DateTime.DaysInMonth(period.Year, period.Month)));

    private static CultureInfo Invariant => CultureInfo.InvariantCulture;
}
