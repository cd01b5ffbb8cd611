namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>Writes an sfnt file from tables: sorted directory, 4-byte alignment, table checksums and head.checkSumAdjustment.</summary>
internal static class SfntWriter
{
    [ThreadStatic]
    private static byte[]? fileBuffer;

    /// <summary>Serializes the tables (keys are tags; must include <c>head</c>).</summary>
    /// <param name="tables">The tables by tag.</param>
    /// <param name="transient">Write into the thread's reusable buffer: the result is valid until the thread's next transient write.</param>
    public static ReadOnlyMemory<byte> Write(SortedDictionary<string, ReadOnlyMemory<byte>> tables, bool transient = false)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = 16 * (1 << entrySelector);
        var directoryLength = 12 + (16 * count);
        var total = directoryLength + tables.Values.Sum(t => Pad(t.Length));
        var file = transient ? TransientBuffer.Get(ref fileBuffer, total) : new byte[total];
        BigEndian.WriteU32(file, 0, 0x00010000);
        BigEndian.WriteU16(file, 4, (ushort)count);
        BigEndian.WriteU16(file, 6, (ushort)searchRange);
        BigEndian.WriteU16(file, 8, (ushort)entrySelector);
        BigEndian.WriteU16(file, 10, (ushort)((count * 16) - searchRange));
        var offset = directoryLength;
        var headOffset = -1;
        var i = 0;
        foreach (var (tag, data) in tables)
        {
            var entry = 12 + (16 * i++);
            for (var k = 0; k < 4; k++)
            {
                file[entry + k] = (byte)tag[k];
            }

            data.Span.CopyTo(file.AsSpan(offset));
            file.AsSpan(offset + data.Length, Pad(data.Length) - data.Length).Clear(); // padding (a reused buffer holds old bytes)
            BigEndian.WriteU32(file, entry + 4, Checksum(file.AsSpan(offset, Pad(data.Length))));
            BigEndian.WriteU32(file, entry + 8, (uint)offset);
            BigEndian.WriteU32(file, entry + 12, (uint)data.Length);
            if (string.Equals(tag, "head", StringComparison.Ordinal))
            {
                headOffset = offset;
            }

            offset += Pad(data.Length);
        }

        if (headOffset < 0)
        {
            throw new InvalidOperationException("a TrueType file needs a head table");
        }

        BigEndian.WriteU32(file, headOffset + 8, unchecked(0xB1B0AFBAu - Checksum(file.AsSpan(0, total))));
        return file.AsMemory(0, total);
    }

    /// <summary>Sum of big-endian uint32 words (the data is zero-padded to a multiple of 4).</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BigEndian.U32(data, i));
        }

        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            data[i..].CopyTo(last);
            sum = unchecked(sum + BigEndian.U32(last, 0));
        }

        return sum;
    }

    private static int Pad(int length) => (length + 3) & ~3;
}
