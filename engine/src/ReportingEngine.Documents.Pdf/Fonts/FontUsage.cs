using ReportingEngine.Documents.Pdf.Objects;

namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>
/// One face as used in one PDF file: the glyphs drawn so far, numbered in order of first use
/// (new glyph ID = CID, /CIDToGIDMap /Identity), and the text each stands for. At save time the
/// face is subset to exactly these glyphs and written as Type0 → CIDFontType2 → FontFile2 with a ToUnicode map.
/// </summary>
/// <remarks>Not thread-safe: one PDF file is built by one thread.</remarks>
internal sealed class FontUsage
{
    private readonly Dictionary<(int Glyph, int CodePoint), int> newIds = [];
    private readonly List<int> originalIds = [0];
    private readonly Dictionary<int, string> text = [];
    private readonly Dictionary<int, int> codePoints = [];

    /// <summary>Starts tracking <paramref name="face"/> under the page resource name <paramref name="resourceName"/>.</summary>
    public FontUsage(TrueTypeFace face, string resourceName)
    {
        Face = face;
        ResourceName = resourceName;
    }

    /// <summary>The face.</summary>
    public TrueTypeFace Face { get; }

    /// <summary>Resource name on every page, e.g. <c>F1</c>.</summary>
    public string ResourceName { get; }

    /// <summary>Number of glyphs used, .notdef included.</summary>
    public int GlyphCount => originalIds.Count;

    /// <summary>The 2-byte code (new glyph ID) for a code point, registering it on first use; 0 when the face lacks it.</summary>
    public int Encode(int codePoint)
    {
        var original = Face.GetGlyphId(codePoint);
        if (original == 0)
        {
            return 0;
        }

        // Keyed by glyph AND character: a glyph shared by two characters gets one CID per character,
        // so the ToUnicode map can name each exactly.
        if (!newIds.TryGetValue((original, codePoint), out var id))
        {
            id = originalIds.Count;
            if (id > 0xFFFF)
            {
                throw new InvalidOperationException($"more than 65535 glyphs of {Face.Name} in one file");
            }

            newIds.Add((original, codePoint), id);
            originalIds.Add(original);
            text[id] = char.ConvertFromUtf32(codePoint);
            codePoints.TryAdd(codePoint, id);
        }

        return id;
    }

    /// <summary>Writes the subset font and its dictionaries; the Type0 dictionary goes to <paramref name="reference"/>.</summary>
    public FontSubset Write(PdfFileWriter writer, PdfReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(reference);
        cancellationToken.ThrowIfCancellationRequested();
        var subset = TrueTypeSubsetter.Subset(Face, originalIds, codePoints, transient: true);
        var baseFont = subset.Tag + "+" + Face.Name;

        var fontFile = writer.Allocate();
        var program = Flate.CompressTransient(subset.Data.Span, Flate.FontProgramLevel);
        writer.WriteStream(fontFile, new PdfDictionary().Set("Length1", subset.Data.Length).Set("Filter", "FlateDecode"), program.Span, compress: false);

        var descriptor = writer.Allocate();
        var flags = 4 | (Face.IsFixedPitch ? 1 : 0); // symbolic (+ fixed pitch): glyphs addressed by CID, not a standard encoding
        writer.WriteObject(descriptor, new PdfDictionary()
            .Set("Type", "FontDescriptor")
            .Set("FontName", baseFont)
            .Set("Flags", flags)
            .Set("FontBBox", new PdfArray(Face.ToPdfUnits(Face.XMin), Face.ToPdfUnits(Face.YMin), Face.ToPdfUnits(Face.XMax), Face.ToPdfUnits(Face.YMax)))
            .Set("ItalicAngle", Face.ItalicAngle)
            .Set("Ascent", Face.Ascent)
            .Set("Descent", Face.Descent)
            .Set("CapHeight", Face.CapHeight)
            .Set("StemV", StemV(Face.WeightClass))
            .Set("FontFile2", fontFile));

        var widths = subset.OriginalGlyphIds.Select(g => Face.GetGlyphAdvance(g)).ToArray();
        var defaultWidth = widths.Skip(1).GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault(widths[0]);
        var cidFont = writer.Allocate();
        writer.WriteObject(cidFont, new PdfDictionary()
            .Set("Type", "Font")
            .Set("Subtype", "CIDFontType2")
            .Set("BaseFont", baseFont)
            .Set("CIDSystemInfo", new PdfDictionary().Set("Registry", PdfString.Ascii("Adobe")).Set("Ordering", PdfString.Ascii("Identity")).Set("Supplement", 0))
            .Set("FontDescriptor", descriptor)
            .Set("DW", defaultWidth)
            .Set("W", WidthArray(widths, defaultWidth))
            .Set("CIDToGIDMap", "Identity"));

        var toUnicode = writer.Allocate();
        writer.WriteStream(toUnicode, new PdfDictionary(), ToUnicodeCMap.Build(text), compress: true);

        writer.WriteObject(reference, new PdfDictionary()
            .Set("Type", "Font")
            .Set("Subtype", "Type0")
            .Set("BaseFont", baseFont)
            .Set("Encoding", "Identity-H")
            .Set("DescendantFonts", new PdfArray(cidFont))
            .Set("ToUnicode", toUnicode));
        return subset;
    }

    /// <summary>Hex codes for a text run, for <c>Tj</c>.</summary>
    public void AppendEncoded(PdfByteBuffer buffer, string value)
    {
        buffer.Byte((byte)'<');
        foreach (var rune in value.EnumerateRunes())
        {
            var code = Encode(rune.Value);
            buffer.Hex((byte)(code >> 8)).Hex((byte)code);
        }

        buffer.Byte((byte)'>');
    }

    /// <summary>
    /// /W in compact form: runs of ≥ 3 equal widths as <c>first last w</c>, other consecutive CIDs as
    /// <c>first [w …]</c>; CIDs at the default width are left out.
    /// </summary>
    internal static PdfArray WidthArray(IReadOnlyList<double> widths, double defaultWidth)
    {
        var result = new PdfArray();
        var cid = 0;
        while (cid < widths.Count)
        {
            if (widths[cid] == defaultWidth)
            {
                cid++;
                continue;
            }

            var same = cid;
            while (same + 1 < widths.Count && widths[same + 1] == widths[cid])
            {
                same++;
            }

            if (same - cid >= 2)
            {
                result.Add(cid).Add(same).Add(widths[cid]);
                cid = same + 1;
                continue;
            }

            var list = new PdfArray();
            var start = cid;
            while (cid < widths.Count && widths[cid] != defaultWidth && !(cid + 2 < widths.Count && widths[cid + 1] == widths[cid] && widths[cid + 2] == widths[cid]))
            {
                list.Add(widths[cid]);
                cid++;
            }

            if (list.Items.Count == 0)
            {
                continue;
            }

            result.Add(start).Add(list);
        }

        return result;
    }

    /// <summary>Vertical stem width estimated from the weight class (PDF needs a value; viewers use it only for substitution).</summary>
    private static int StemV(int weightClass) => 10 + (int)(220 * Math.Pow((Math.Clamp(weightClass, 100, 900) - 50) / 900.0, 2));

    /// <inheritdoc/>
    public override string ToString() => ResourceName + " " + Face.Name;
}
