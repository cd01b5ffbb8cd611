namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>A number (integer or real; at most 4 decimals in the file).</summary>
internal sealed class PdfNumber(double value) : PdfObject
{
    /// <summary>The value.</summary>
    public double Value { get; } = value;

    /// <inheritdoc/>
    public override void WriteTo(PdfByteBuffer output) => output.Number(Value);
}
