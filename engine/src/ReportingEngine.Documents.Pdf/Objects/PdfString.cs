using System.Text;

namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>A string: literal <c>(…)</c> or hex <c>&lt;…&gt;</c>.</summary>
internal sealed class PdfString : PdfObject
{
    private readonly byte[] bytes;

    private PdfString(byte[] bytes, bool hex)
    {
        this.bytes = bytes;
        IsHex = hex;
    }

    /// <summary>Whether it is written in hex form.</summary>
    public bool IsHex { get; }

    /// <summary>The string's bytes.</summary>
    public ReadOnlySpan<byte> Bytes => bytes;

    /// <summary>
    /// A text string (ISO 32000 §7.9.2.2): printable ASCII as a literal string, anything else as
    /// UTF-16BE with a byte-order mark, in hex.
    /// </summary>
    public static PdfString Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => c is >= ' ' and < '\u007f'))
        {
            return new PdfString(Encoding.ASCII.GetBytes(text), hex: false);
        }

        var utf16 = Encoding.BigEndianUnicode.GetBytes(text);
        var withBom = new byte[utf16.Length + 2];
        withBom[0] = 0xFE;
        withBom[1] = 0xFF;
        utf16.CopyTo(withBom, 2);
        return new PdfString(withBom, hex: true);
    }

    /// <summary>A literal string of ASCII (dates, producer).</summary>
    public static PdfString Ascii(string text) => new(Encoding.ASCII.GetBytes(text), hex: false);

    /// <summary>A hex string of raw bytes (IDs).</summary>
    public static PdfString Hex(byte[] bytes) => new((byte[])bytes.Clone(), hex: true);

    /// <inheritdoc/>
    public override void WriteTo(PdfByteBuffer output)
    {
        if (IsHex)
        {
            output.HexString(bytes);
        }
        else
        {
            output.LiteralString(bytes);
        }
    }
}
