namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>true or false.</summary>
internal sealed class PdfBoolean : PdfObject
{
    private PdfBoolean(bool value) => Value = value;

    /// <summary>true.</summary>
    public static PdfBoolean True { get; } = new(true);

    /// <summary>false.</summary>
    public static PdfBoolean False { get; } = new(false);

    /// <summary>The value.</summary>
    public bool Value { get; }

    /// <inheritdoc/>
    public override void WriteTo(PdfByteBuffer output) => output.Ascii(Value ? "true" : "false");
}
