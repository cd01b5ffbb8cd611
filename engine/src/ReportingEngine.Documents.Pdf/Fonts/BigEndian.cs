using System.Buffers.Binary;

namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>Big-endian reads and writes for the sfnt (TrueType) format, with bounds reported as format errors.</summary>
internal static class BigEndian
{
    public static ushort U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(Slice(data, offset, 2));

    public static short I16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt16BigEndian(Slice(data, offset, 2));

    public static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(Slice(data, offset, 4));

    public static int I32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt32BigEndian(Slice(data, offset, 4));

    public static void WriteU16(Span<byte> data, int offset, ushort value) => BinaryPrimitives.WriteUInt16BigEndian(data[offset..], value);

    public static void WriteU32(Span<byte> data, int offset, uint value) => BinaryPrimitives.WriteUInt32BigEndian(data[offset..], value);

    /// <summary>Reads a 4-character table tag.</summary>
    public static string Tag(ReadOnlySpan<byte> data, int offset)
    {
        var bytes = Slice(data, offset, 4);
        return string.Create(4, bytes.ToArray(), static (span, b) =>
        {
            for (var i = 0; i < 4; i++)
            {
                span[i] = (char)b[i];
            }
        });
    }

    private static ReadOnlySpan<byte> Slice(ReadOnlySpan<byte> data, int offset, int length)
    {
        if (offset < 0 || offset > data.Length - length)
        {
            throw new InvalidDataException($"font data is truncated: read of {length} bytes at offset {offset} beyond {data.Length}");
        }

        return data.Slice(offset, length);
    }
}
