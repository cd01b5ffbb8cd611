namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>Writes the cmap of a subset: a (3,1) format 4 table, plus a (3,10) format 12 table when there are code points beyond the BMP.</summary>
internal static class SubsetCmap
{
    /// <summary>Builds the cmap table for code point → new glyph ID.</summary>
    public static byte[] Build(IReadOnlyDictionary<int, int> codePoints)
    {
        var sorted = codePoints.Where(p => p.Value > 0 && p.Key is >= 0 and <= 0x10FFFF).OrderBy(p => p.Key).ToList();
        var bmp = sorted.Where(p => p.Key < 0xFFFF).ToList();
        var format4 = Format4(bmp);
        var hasSupplementary = sorted.Any(p => p.Key > 0xFFFF);
        var format12 = hasSupplementary ? Format12(sorted) : [];
        var tableCount = hasSupplementary ? 2 : 1;
        var header = 4 + (8 * tableCount);
        var result = new byte[header + format4.Length + format12.Length];
        BigEndian.WriteU16(result, 2, (ushort)tableCount);
        BigEndian.WriteU16(result, 4, 3);
        BigEndian.WriteU16(result, 6, 1);
        BigEndian.WriteU32(result, 8, (uint)header);
        format4.CopyTo(result, header);
        if (hasSupplementary)
        {
            BigEndian.WriteU16(result, 12, 3);
            BigEndian.WriteU16(result, 14, 10);
            BigEndian.WriteU32(result, 16, (uint)(header + format4.Length));
            format12.CopyTo(result, header + format4.Length);
        }

        return result;
    }

    private static List<(int Start, int End, int Glyph)> Runs(List<KeyValuePair<int, int>> pairs)
    {
        var runs = new List<(int Start, int End, int Glyph)>();
        foreach (var (cp, gid) in pairs)
        {
            if (runs.Count > 0 && runs[^1].End == cp - 1 && runs[^1].Glyph + (cp - runs[^1].Start) == gid)
            {
                runs[^1] = (runs[^1].Start, cp, runs[^1].Glyph);
            }
            else
            {
                runs.Add((cp, cp, gid));
            }
        }

        return runs;
    }

    private static byte[] Format4(List<KeyValuePair<int, int>> pairs)
    {
        var runs = Runs(pairs);
        runs.Add((0xFFFF, 0xFFFF, 0)); // required final segment; delta 1 maps 0xFFFF to glyph 0
        var segCount = runs.Count;
        var length = 16 + (8 * segCount);
        var t = new byte[length];
        BigEndian.WriteU16(t, 0, 4);
        BigEndian.WriteU16(t, 2, (ushort)length);
        BigEndian.WriteU16(t, 6, (ushort)(segCount * 2));
        var entrySelector = (int)Math.Floor(Math.Log2(segCount));
        var searchRange = 2 * (1 << entrySelector);
        BigEndian.WriteU16(t, 8, (ushort)searchRange);
        BigEndian.WriteU16(t, 10, (ushort)entrySelector);
        BigEndian.WriteU16(t, 12, (ushort)((segCount * 2) - searchRange));
        for (var s = 0; s < segCount; s++)
        {
            var (start, end, glyph) = runs[s];
            var delta = s == segCount - 1 ? 1 : (glyph - start) & 0xFFFF;
            BigEndian.WriteU16(t, 14 + (2 * s), (ushort)end);
            BigEndian.WriteU16(t, 16 + (2 * segCount) + (2 * s), (ushort)start);
            BigEndian.WriteU16(t, 16 + (4 * segCount) + (2 * s), (ushort)delta);
            // idRangeOffset stays 0.
        }

        return t;
    }

    private static byte[] Format12(List<KeyValuePair<int, int>> pairs)
    {
        var runs = Runs(pairs);
        var length = 16 + (12 * runs.Count);
        var t = new byte[length];
        BigEndian.WriteU16(t, 0, 12);
        BigEndian.WriteU32(t, 4, (uint)length);
        BigEndian.WriteU32(t, 12, (uint)runs.Count);
        for (var i = 0; i < runs.Count; i++)
        {
            BigEndian.WriteU32(t, 16 + (12 * i), (uint)runs[i].Start);
            BigEndian.WriteU32(t, 20 + (12 * i), (uint)runs[i].End);
            BigEndian.WriteU32(t, 24 + (12 * i), (uint)runs[i].Glyph);
        }

        return t;
    }
}
