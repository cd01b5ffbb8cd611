namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>
/// Rebuilds the name table of a subset with the identifying names only (IDs 0–6: copyright, family,
/// style, unique ID, full name, version, PostScript name; and 14, the licence URL). The long licence
/// text (ID 13, 20 KB in AR PL UMing) would otherwise be most of a one-page subset.
/// </summary>
internal static class SubsetNameTable
{
    /// <summary>The filtered table, or the original when it cannot be parsed.</summary>
    public static byte[] Build(ReadOnlySpan<byte> name)
    {
        if (name.Length < 6)
        {
            return name.ToArray();
        }

        var count = BigEndian.U16(name, 2);
        var storage = BigEndian.U16(name, 4);
        var kept = new List<(ushort Platform, ushort Encoding, ushort Language, ushort NameId, byte[] Text)>();
        for (var i = 0; i < count; i++)
        {
            var record = 6 + (12 * i);
            if (record + 12 > name.Length)
            {
                return name.ToArray();
            }

            var nameId = BigEndian.U16(name, record + 6);
            var length = BigEndian.U16(name, record + 8);
            var start = storage + BigEndian.U16(name, record + 10);
            if (nameId is > 6 and not 14 || start + length > name.Length)
            {
                continue;
            }

            kept.Add((BigEndian.U16(name, record), BigEndian.U16(name, record + 2), BigEndian.U16(name, record + 4), nameId, name.Slice(start, length).ToArray()));
        }

        var header = 6 + (12 * kept.Count);
        var result = new byte[header + kept.Sum(k => k.Text.Length)];
        BigEndian.WriteU16(result, 2, (ushort)kept.Count);
        BigEndian.WriteU16(result, 4, (ushort)header);
        var offset = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var record = 6 + (12 * i);
            var (platform, encoding, language, nameId, text) = kept[i];
            BigEndian.WriteU16(result, record, platform);
            BigEndian.WriteU16(result, record + 2, encoding);
            BigEndian.WriteU16(result, record + 4, language);
            BigEndian.WriteU16(result, record + 6, nameId);
            BigEndian.WriteU16(result, record + 8, (ushort)text.Length);
            BigEndian.WriteU16(result, record + 10, (ushort)offset);
            text.CopyTo(result, header + offset);
            offset += text.Length;
        }

        return result;
    }
}
