namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>A direct PDF object (ISO 32000-1 §7.3) that can serialize itself.</summary>
internal abstract class PdfObject
{
    /// <summary>Writes the object's syntax.</summary>
    public abstract void WriteTo(PdfByteBuffer output);

    /// <summary>A name object.</summary>
    public static implicit operator PdfObject(string name) => new PdfName(name);

    /// <summary>A number object.</summary>
    public static implicit operator PdfObject(double value) => new PdfNumber(value);

    /// <summary>A boolean object.</summary>
    public static implicit operator PdfObject(bool value) => value ? PdfBoolean.True : PdfBoolean.False;
}
