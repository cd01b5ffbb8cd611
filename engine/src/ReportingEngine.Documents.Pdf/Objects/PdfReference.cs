namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>An indirect reference <c>n 0 R</c> (we never write generations other than 0).</summary>
internal sealed class PdfReference(int number) : PdfObject
{
    /// <summary>Object number (1-based).</summary>
    public int Number { get; } = number;

    /// <inheritdoc/>
    public override void WriteTo(PdfByteBuffer output) => output.Integer(Number).Ascii(" 0 R");
}
