namespace ReportingEngine.Data.Import;

/// <summary>One import error with its place: <c>sample-data/units.csv(42): error: building_area must be &gt; 0</c>.</summary>
/// <param name="File">File path as given by the user.</param>
/// <param name="Line">1-based line (the header is line 1).</param>
/// <param name="Message">What is wrong.</param>
public sealed record ImportDiagnostic(string File, int Line, string Message)
{
    /// <summary>The diagnostic in compiler format.</summary>
    /// <returns><c>file(line): error: message</c>.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{File}({Line}): error: {Message}");
}
