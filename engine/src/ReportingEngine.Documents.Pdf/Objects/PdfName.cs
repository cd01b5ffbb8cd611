namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>A name, e.g. <c>/Type</c> (given without the slash).</summary>
internal sealed class PdfName(string value) : PdfObject
{
    /// <summary>The name without the slash.</summary>
    public string Value { get; } = value;

    /// <inheritdoc/>
    public override void WriteTo(PdfByteBuffer output) => output.Name(Value);
}
