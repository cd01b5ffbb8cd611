namespace ReportingEngine.Generation.Service;

/// <summary>A problem with one record of the data, named by its table and key; the document is still produced.</summary>
/// <param name="Table">Data-contract table (complaints, repairs, units …).</param>
/// <param name="Key">The record's key.</param>
/// <param name="Message">What is wrong, and what was done about it.</param>
public sealed record ServiceProblem(string Table, string Key, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Table}[{Key}]: warning: {Message}";
}
