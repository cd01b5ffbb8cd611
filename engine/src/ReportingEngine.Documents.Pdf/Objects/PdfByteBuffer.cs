using System.Buffers;
using System.Globalization;
using System.Text;

namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>A growable byte buffer with the PDF lexical primitives: ASCII tokens, numbers, names, strings.</summary>
internal sealed class PdfByteBuffer
{
    private readonly ArrayBufferWriter<byte> buffer;

    /// <summary>Creates an empty buffer.</summary>
    public PdfByteBuffer(int initialCapacity = 1024) => buffer = new ArrayBufferWriter<byte>(initialCapacity);

    /// <summary>Bytes written so far.</summary>
    public int Length => buffer.WrittenCount;

    /// <summary>The written bytes (valid until the next write).</summary>
    public ReadOnlySpan<byte> WrittenSpan => buffer.WrittenSpan;

    /// <summary>Copies the written bytes.</summary>
    public byte[] ToArray() => buffer.WrittenSpan.ToArray();

    /// <summary>Forgets the content, keeping the capacity (old bytes stay behind the write position; nothing reads them).</summary>
    public void Clear() => buffer.ResetWrittenCount();

    /// <summary>Appends raw bytes.</summary>
    public PdfByteBuffer Raw(ReadOnlySpan<byte> bytes)
    {
        buffer.Write(bytes);
        return this;
    }

    /// <summary>Appends one byte.</summary>
    public PdfByteBuffer Byte(byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
        return this;
    }

    /// <summary>Appends an ASCII token (operators, keywords, delimiters).</summary>
    public PdfByteBuffer Ascii(string text)
    {
        var span = buffer.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        buffer.Advance(text.Length);
        return this;
    }

    /// <summary>Appends a space.</summary>
    public PdfByteBuffer Space() => Byte((byte)' ');

    /// <summary>Appends a line feed.</summary>
    public PdfByteBuffer NewLine() => Byte((byte)'\n');

    /// <summary>Appends a number: invariant, at most 4 decimals, never an exponent.</summary>
    public PdfByteBuffer Number(double value)
    {
        Span<char> chars = stackalloc char[48];
        var text = FormatNumber(value, chars);
        var span = buffer.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        buffer.Advance(text.Length);
        return this;
    }

    /// <summary>Appends an integer.</summary>
    public PdfByteBuffer Integer(long value)
    {
        Span<byte> digits = stackalloc byte[24];
        value.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        return Raw(digits[..written]);
    }

    /// <summary>Appends <c>/Name</c>, escaping bytes outside the regular characters as <c>#xx</c>.</summary>
    public PdfByteBuffer Name(string name)
    {
        Byte((byte)'/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F && !IsDelimiter(b) && b != (byte)'#')
            {
                Byte(b);
            }
            else
            {
                Byte((byte)'#').Hex(b);
            }
        }

        return this;
    }

    /// <summary>Appends <c>&lt;hex&gt;</c>.</summary>
    public PdfByteBuffer HexString(ReadOnlySpan<byte> bytes)
    {
        Byte((byte)'<');
        foreach (var b in bytes)
        {
            Hex(b);
        }

        return Byte((byte)'>');
    }

    /// <summary>Appends a literal string <c>(…)</c> of bytes, escaping <c>\ ( )</c> and control characters.</summary>
    public PdfByteBuffer LiteralString(ReadOnlySpan<byte> bytes)
    {
        Byte((byte)'(');
        foreach (var b in bytes)
        {
            switch (b)
            {
                case (byte)'(' or (byte)')' or (byte)'\\':
                    Byte((byte)'\\').Byte(b);
                    break;
                case < 0x20 or >= 0x7F:
                    Byte((byte)'\\').Byte((byte)('0' + ((b >> 6) & 7))).Byte((byte)('0' + ((b >> 3) & 7))).Byte((byte)('0' + (b & 7)));
                    break;
                default:
                    Byte(b);
                    break;
            }
        }

        return Byte((byte)')');
    }

    /// <summary>Appends two uppercase hex digits.</summary>
    public PdfByteBuffer Hex(byte value)
    {
        var span = buffer.GetSpan(2);
        span[0] = HexDigit(value >> 4);
        span[1] = HexDigit(value & 0xF);
        buffer.Advance(2);
        return this;
    }

    /// <summary>Formats a number the PDF way (see <see cref="Number"/>).</summary>
    public static string FormatNumber(double value)
    {
        Span<char> chars = stackalloc char[48];
        return new string(FormatNumber(value, chars));
    }

    private static ReadOnlySpan<char> FormatNumber(double value, Span<char> chars)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite");
        }

        if (Math.Abs(value) > 1e15)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "number too large for a PDF file");
        }

        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0";
        }

        // The digits of "0.####" by integer arithmetic: custom numeric formats cost ≈ 2 % of a fee batch (every coordinate).
        var scaled = (long)Math.Round(Math.Abs(rounded) * 10_000);
        var length = 0;
        if (rounded < 0)
        {
            chars[length++] = '-';
        }

        var whole = scaled / 10_000;
        whole.TryFormat(chars[length..], out var written, default, CultureInfo.InvariantCulture);
        length += written;
        var fraction = (int)(scaled % 10_000);
        if (fraction != 0)
        {
            chars[length++] = '.';
            for (var divisor = 1000; fraction != 0; divisor /= 10)
            {
                chars[length++] = (char)('0' + (fraction / divisor));
                fraction %= divisor;
            }
        }

        return chars[..length];
    }

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static byte HexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}
