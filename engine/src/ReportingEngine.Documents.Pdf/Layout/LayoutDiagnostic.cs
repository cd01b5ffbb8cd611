namespace ReportingEngine.Documents.Pdf.Layout;

/// <summary>A problem found while planning, with its place (markup position or a description of the element).</summary>
/// <param name="Location">Where: <c>file(line,col)</c> of the markup when known, else the element.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record LayoutDiagnostic(string Location, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Location}: error: {Message}";
}
