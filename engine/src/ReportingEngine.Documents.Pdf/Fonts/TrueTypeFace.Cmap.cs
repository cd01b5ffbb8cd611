namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>Character map: Unicode code point → glyph ID (cmap formats 4 and 12).</summary>
internal sealed partial class TrueTypeFace
{
    private readonly ushort[] bmpMap;
    private readonly Dictionary<int, ushort> supplementaryMap;

    /// <summary>Glyph ID of a Unicode code point, or 0 (.notdef) when the face lacks it.</summary>
    public int GetGlyphId(int codePoint)
    {
        if ((uint)codePoint < 0x10000u)
        {
            return bmpMap[codePoint];
        }

        return supplementaryMap.TryGetValue(codePoint, out var gid) ? gid : 0;
    }

    private (ushort[] Bmp, Dictionary<int, ushort> Supplementary) ReadCmap(ReadOnlySpan<byte> data)
    {
        var cmap = Require("cmap");
        var count = BigEndian.U16(data, cmap.Offset + 2);
        int best = -1, bestRank = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Offset + 4 + (8 * i);
            var platform = BigEndian.U16(data, record);
            var encoding = BigEndian.U16(data, record + 2);
            var subtable = cmap.Offset + checked((int)BigEndian.U32(data, record + 4));
            var format = BigEndian.U16(data, subtable);
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 0,
                (0, _, 12) => 1,
                (3, 1, 4) => 2,
                (0, _, 4) => 3,
                _ => int.MaxValue,
            };
            if (rank < bestRank)
            {
                (best, bestRank) = (subtable, rank);
            }
        }

        if (best < 0)
        {
            throw Error("no Unicode cmap subtable of format 4 or 12");
        }

        var bmp = new ushort[0x10000];
        var supplementary = new Dictionary<int, ushort>();
        if (BigEndian.U16(data, best) == 12)
        {
            ReadFormat12(data, best, bmp, supplementary);
        }
        else
        {
            ReadFormat4(data, best, bmp);
        }

        return (bmp, supplementary);
    }

    private void ReadFormat4(ReadOnlySpan<byte> data, int offset, ushort[] bmp)
    {
        var segCount = BigEndian.U16(data, offset + 6) / 2;
        var endCodes = offset + 14;
        var startCodes = endCodes + (2 * segCount) + 2;
        var idDeltas = startCodes + (2 * segCount);
        var idRangeOffsets = idDeltas + (2 * segCount);
        for (var s = 0; s < segCount; s++)
        {
            int start = BigEndian.U16(data, startCodes + (2 * s));
            int end = BigEndian.U16(data, endCodes + (2 * s));
            int delta = BigEndian.U16(data, idDeltas + (2 * s));
            int rangeOffset = BigEndian.U16(data, idRangeOffsets + (2 * s));
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int gid;
                if (rangeOffset == 0)
                {
                    gid = (c + delta) & 0xFFFF;
                }
                else
                {
                    var address = idRangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
                    gid = BigEndian.U16(data, address);
                    if (gid != 0)
                    {
                        gid = (gid + delta) & 0xFFFF;
                    }
                }

                if (gid < GlyphCount)
                {
                    bmp[c] = (ushort)gid;
                }
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> data, int offset, ushort[] bmp, Dictionary<int, ushort> supplementary)
    {
        var groups = checked((int)BigEndian.U32(data, offset + 12));
        for (var g = 0; g < groups; g++)
        {
            var record = offset + 16 + (12 * g);
            var start = BigEndian.U32(data, record);
            var end = Math.Min(BigEndian.U32(data, record + 4), 0x10FFFFu);
            var glyph = BigEndian.U32(data, record + 8);
            for (var c = start; c <= end; c++, glyph++)
            {
                if (glyph >= (uint)GlyphCount)
                {
                    break;
                }

                if (c < 0x10000)
                {
                    bmp[c] = (ushort)glyph;
                }
                else
                {
                    supplementary[(int)c] = (ushort)glyph;
                }
            }
        }
    }
}
