namespace ReportingEngine.Data.Import;

/// <summary>One CSV record and the 1-based line it starts on (the header is line 1).</summary>
/// <param name="Line">Line number of the record's first character.</param>
/// <param name="Fields">Unquoted field values.</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
