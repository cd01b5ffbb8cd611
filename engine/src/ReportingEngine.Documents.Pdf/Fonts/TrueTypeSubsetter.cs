using System.Security.Cryptography;

namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>
/// Builds a TrueType subset: keeps the requested glyphs (in the given order, so new ID = position)
/// plus .notdef and the components of composite glyphs (recursively, appended at the end), and
/// rebuilds glyf, loca, hmtx, hhea, maxp, head, post (format 3), cmap and name (identifying
/// names only); cvt, fpgm, prep, gasp and OS/2 are copied. Deterministic: the same glyph list gives the same bytes.
/// </summary>
internal static class TrueTypeSubsetter
{
    [ThreadStatic]
    private static byte[]? glyfBuffer;

    private const ushort ArgsAreWords = 0x0001;
    private const ushort HaveScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HaveXYScale = 0x0040;
    private const ushort HaveTwoByTwo = 0x0080;

    private static readonly string[] CopiedTables = ["OS/2", "cvt ", "fpgm", "gasp", "prep"];

    /// <summary>Subsets <paramref name="face"/>.</summary>
    /// <param name="face">Source face.</param>
    /// <param name="glyphIds">Original glyph IDs in the wanted new order (new ID = position, after a leading .notdef that is added when missing; repeats are kept).</param>
    /// <param name="codePoints">Code point → new glyph ID for the subset's own cmap (optional).</param>
    /// <param name="transient">
    /// Build in the thread's reusable buffers: <see cref="FontSubset.Data"/> is then valid only until the thread's next
    /// transient subset (a PDF writer embeds it at once; this spares two ≈ 100 KB arrays per file).
    /// </param>
    public static FontSubset Subset(TrueTypeFace face, IReadOnlyList<int> glyphIds, IReadOnlyDictionary<int, int>? codePoints = null, bool transient = false)
    {
        ArgumentNullException.ThrowIfNull(face);
        ArgumentNullException.ThrowIfNull(glyphIds);
        // A glyph may appear twice on purpose: two characters drawn with one outline (一 U+4E00 and the
        // Kangxi radical ⼀ U+2F00) get two CIDs so each extracts as itself. The positions are the new IDs.
        var order = new List<int> { 0 };
        var newIds = new Dictionary<int, int> { [0] = 0 };
        foreach (var gid in glyphIds.Count > 0 && glyphIds[0] == 0 ? glyphIds.Skip(1) : glyphIds)
        {
            if ((uint)gid >= (uint)face.GlyphCount)
            {
                throw new ArgumentOutOfRangeException(nameof(glyphIds), gid, $"glyph {gid} does not exist in {face.Name}");
            }

            newIds.TryAdd(gid, order.Count);
            order.Add(gid);
        }

        // Composite closure: components are appended in discovery order; the loop also visits the appended ones.
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var component in ComponentsOf(face.GetGlyphData(order[i]).Span))
            {
                if (component < face.GlyphCount && newIds.TryAdd(component, order.Count))
                {
                    order.Add(component);
                }
            }
        }

        if (order.Count > 0xFFFF)
        {
            throw new InvalidOperationException("a subset cannot hold more than 65535 glyphs");
        }

        var (glyf, loca, longLoca) = BuildGlyf(face, order, newIds, transient);
        var tables = new SortedDictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf,
            ["loca"] = loca,
            ["head"] = BuildHead(face, longLoca),
            ["maxp"] = BuildMaxp(face, order.Count),
            ["post"] = BuildPost(face),
        };
        var (hmtx, numberOfHMetrics) = BuildHmtx(face, order);
        tables["hmtx"] = hmtx;
        tables["hhea"] = BuildHhea(face, numberOfHMetrics);
        tables["cmap"] = SubsetCmap.Build(codePoints ?? new Dictionary<int, int>());
        var name = face.GetTable("name");
        if (!name.IsEmpty)
        {
            tables["name"] = SubsetNameTable.Build(name.Span);
        }

        foreach (var tag in CopiedTables)
        {
            var data = face.GetTable(tag);
            if (!data.IsEmpty)
            {
                tables[tag] = data;
            }
        }

        return new FontSubset(SfntWriter.Write(tables, transient), MakeTag(order), order);
    }

    /// <summary>Component glyph IDs of a composite glyph; empty for simple glyphs.</summary>
    public static IEnumerable<int> ComponentsOf(ReadOnlySpan<byte> glyph)
    {
        var result = new List<int>();
        if (glyph.Length < 10 || BigEndian.I16(glyph, 0) >= 0)
        {
            return result;
        }

        var offset = 10;
        ushort flags;
        do
        {
            flags = BigEndian.U16(glyph, offset);
            result.Add(BigEndian.U16(glyph, offset + 2));
            offset += 4 + ComponentArgumentLength(flags);
        }
        while ((flags & MoreComponents) != 0);
        return result;
    }

    private static int ComponentArgumentLength(ushort flags)
    {
        var length = (flags & ArgsAreWords) != 0 ? 4 : 2;
        if ((flags & HaveScale) != 0)
        {
            length += 2;
        }
        else if ((flags & HaveXYScale) != 0)
        {
            length += 4;
        }
        else if ((flags & HaveTwoByTwo) != 0)
        {
            length += 8;
        }

        return length;
    }

    private static (ReadOnlyMemory<byte> Glyf, byte[] Loca, bool Long) BuildGlyf(TrueTypeFace face, List<int> order, Dictionary<int, int> newIds, bool transient)
    {
        // Sized up front and filled in place: no per-glyph copies, no growing buffer (this runs for every PDF).
        var offsets = new uint[order.Count + 1];
        var length = 0;
        for (var i = 0; i < order.Count; i++)
        {
            offsets[i] = (uint)length;
            length += (face.GetGlyphData(order[i]).Length + 3) & ~3;
        }

        offsets[order.Count] = (uint)length;
        var glyf = transient ? TransientBuffer.Get(ref glyfBuffer, length) : new byte[length];
        for (var i = 0; i < order.Count; i++)
        {
            var data = face.GetGlyphData(order[i]).Span;
            var target = glyf.AsSpan((int)offsets[i], data.Length);
            data.CopyTo(target);
            glyf.AsSpan((int)offsets[i] + data.Length, (int)(offsets[i + 1] - offsets[i]) - data.Length).Clear(); // padding (a reused buffer holds old bytes)
            if (data.Length >= 10 && BigEndian.I16(data, 0) < 0)
            {
                RenumberComponents(target, newIds);
            }
        }

        var longLoca = length > 0x1FFFE;
        var loca = new byte[(order.Count + 1) * (longLoca ? 4 : 2)];
        for (var i = 0; i <= order.Count; i++)
        {
            if (longLoca)
            {
                BigEndian.WriteU32(loca, 4 * i, offsets[i]);
            }
            else
            {
                BigEndian.WriteU16(loca, 2 * i, (ushort)(offsets[i] / 2));
            }
        }

        return (glyf.AsMemory(0, length), loca, longLoca);
    }

    private static void RenumberComponents(Span<byte> glyph, Dictionary<int, int> newIds)
    {
        var offset = 10;
        ushort flags;
        do
        {
            flags = BigEndian.U16(glyph, offset);
            var old = BigEndian.U16(glyph, offset + 2);
            BigEndian.WriteU16(glyph, offset + 2, (ushort)(newIds.TryGetValue(old, out var n) ? n : 0));
            offset += 4 + ComponentArgumentLength(flags);
        }
        while ((flags & MoreComponents) != 0);
    }

    private static byte[] BuildHead(TrueTypeFace face, bool longLoca)
    {
        var head = face.GetTable("head").ToArray();
        BigEndian.WriteU32(head, 8, 0); // checkSumAdjustment, set by SfntWriter
        BigEndian.WriteU16(head, 50, (ushort)(longLoca ? 1 : 0));
        return head;
    }

    private static byte[] BuildMaxp(TrueTypeFace face, int glyphCount)
    {
        var maxp = face.GetTable("maxp").ToArray();
        BigEndian.WriteU16(maxp, 4, (ushort)glyphCount);
        return maxp;
    }

    private static byte[] BuildPost(TrueTypeFace face)
    {
        var post = new byte[32];
        var original = face.GetTable("post").Span;
        if (original.Length >= 32)
        {
            original[..32].CopyTo(post);
        }

        BigEndian.WriteU32(post, 0, 0x00030000); // format 3: no glyph names
        return post;
    }

    private static (byte[] Hmtx, int NumberOfHMetrics) BuildHmtx(TrueTypeFace face, List<int> order)
    {
        var count = order.Count;
        var metrics = count;
        while (metrics > 1 && face.GetAdvanceUnits(order[metrics - 1]) == face.GetAdvanceUnits(order[metrics - 2]))
        {
            metrics--;
        }

        var hmtx = new byte[(4 * metrics) + (2 * (count - metrics))];
        for (var i = 0; i < count; i++)
        {
            var lsb = (ushort)face.GetLeftSideBearing(order[i]);
            if (i < metrics)
            {
                BigEndian.WriteU16(hmtx, 4 * i, face.GetAdvanceUnits(order[i]));
                BigEndian.WriteU16(hmtx, (4 * i) + 2, lsb);
            }
            else
            {
                BigEndian.WriteU16(hmtx, (4 * metrics) + (2 * (i - metrics)), lsb);
            }
        }

        return (hmtx, metrics);
    }

    private static byte[] BuildHhea(TrueTypeFace face, int numberOfHMetrics)
    {
        var hhea = face.GetTable("hhea").ToArray();
        BigEndian.WriteU16(hhea, 34, (ushort)numberOfHMetrics);
        return hhea;
    }

    private static string MakeTag(List<int> order)
    {
        var bytes = new byte[order.Count * 2];
        for (var i = 0; i < order.Count; i++)
        {
            BigEndian.WriteU16(bytes, 2 * i, (ushort)order[i]);
        }

        var hash = SHA256.HashData(bytes);
        return string.Create(6, hash, static (span, h) =>
        {
            for (var i = 0; i < 6; i++)
            {
                span[i] = (char)('A' + (h[i] % 26));
            }
        });
    }
}
