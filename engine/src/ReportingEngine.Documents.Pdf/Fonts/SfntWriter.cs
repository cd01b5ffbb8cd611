namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>Writes an sfnt file from tables: sorted directory, 4-byte alignment, table checksums and head.checkSumAdjustment.</summary>
internal static class SfntWriter
{
    /// <summary>Serializes the tables (keys are tags; must include <c>head</c>).</summary>
    public static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(count));
        var searchRange = 16 * (1 << entrySelector);
        var directoryLength = 12 + (16 * count);
        var total = directoryLength + tables.Values.Sum(t => Pad(t.Length));
        var file = new byte[total];
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

            data.CopyTo(file, offset);
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

        BigEndian.WriteU32(file, headOffset + 8, unchecked(0xB1B0AFBAu - Checksum(file)));
        return file;
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
