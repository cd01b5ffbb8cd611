namespace ReportingEngine.Data.Import;

/// <summary>The outcome of an import: rows per table on success, every diagnostic on failure (nothing imported).</summary>
/// <param name="Diagnostics">All errors found; empty on success.</param>
/// <param name="RowCounts">Rows imported per table in import order (empty on failure).</param>
public sealed record ImportResult(IReadOnlyList<ImportDiagnostic> Diagnostics, IReadOnlyList<KeyValuePair<string, long>> RowCounts)
{
    /// <summary>True when everything was imported.</summary>
    public bool Succeeded => Diagnostics.Count == 0;
}
