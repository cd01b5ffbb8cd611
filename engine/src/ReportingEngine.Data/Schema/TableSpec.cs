namespace ReportingEngine.Data.Schema;

/// <summary>One table of the data contract and its CSV file (<c>&lt;name&gt;.csv</c>).</summary>
/// <param name="Name">Table name.</param>
/// <param name="Columns">Columns in CSV order; the first is always <c>id</c>.</param>
/// <param name="UniqueKeys">Extra unique keys (column lists).</param>
public sealed record TableSpec(string Name, IReadOnlyList<ColumnSpec> Columns, IReadOnlyList<IReadOnlyList<string>> UniqueKeys)
{
    /// <summary>The CSV file name.</summary>
    public string FileName => Name + ".csv";
}
