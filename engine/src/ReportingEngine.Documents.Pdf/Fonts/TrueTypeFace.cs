using System.Globalization;

namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>
/// One parsed TrueType-outline face (from a .ttf or one face of a .ttc): metrics, character map and
/// the glyph data the subsetter needs. Immutable after loading, so one instance serves parallel renders.
/// </summary>
/// <remarks>
/// Only TrueType outlines (<c>glyf</c>) are accepted: PDF embeds them as CIDFontType2 with a real
/// subset. CFF-outline OpenType fonts (Noto CJK) are refused with a message saying so.
/// </remarks>
internal sealed partial class TrueTypeFace : IFontFace
{
    private readonly Dictionary<string, TrueTypeTable> tables;
    private readonly ushort[] advances;
    private readonly short[] leftSideBearings;
    private readonly uint[] glyphOffsets;

    private TrueTypeFace(byte[] file, int faceIndex, string sourceName, Dictionary<string, TrueTypeTable> tables)
    {
        File = file;
        FaceIndex = faceIndex;
        SourceName = sourceName;
        this.tables = tables;
        ReadOnlySpan<byte> data = file;

        var head = Require("head");
        UnitsPerEm = BigEndian.U16(data, head.Offset + 18);
        if (UnitsPerEm is < 16 or > 16384)
        {
            throw Error($"head.unitsPerEm {UnitsPerEm} is out of range");
        }

        XMin = BigEndian.I16(data, head.Offset + 36);
        YMin = BigEndian.I16(data, head.Offset + 38);
        XMax = BigEndian.I16(data, head.Offset + 40);
        YMax = BigEndian.I16(data, head.Offset + 42);
        IndexToLocFormat = BigEndian.I16(data, head.Offset + 50);

        var maxp = Require("maxp");
        GlyphCount = BigEndian.U16(data, maxp.Offset + 4);

        var hhea = Require("hhea");
        HheaAscender = BigEndian.I16(data, hhea.Offset + 4);
        HheaDescender = BigEndian.I16(data, hhea.Offset + 6);
        var numberOfHMetrics = BigEndian.U16(data, hhea.Offset + 34);
        if (numberOfHMetrics == 0 || numberOfHMetrics > GlyphCount)
        {
            throw Error($"hhea.numberOfHMetrics {numberOfHMetrics} does not fit {GlyphCount} glyphs");
        }

        (advances, leftSideBearings) = ReadHorizontalMetrics(data, Require("hmtx"), numberOfHMetrics);
        glyphOffsets = ReadLoca(data, Require("loca"));

        if (tables.TryGetValue("post", out var post))
        {
            ItalicAngle = BigEndian.I32(data, post.Offset + 4) / 65536.0;
            IsFixedPitch = BigEndian.U32(data, post.Offset + 12) != 0;
        }

        if (tables.TryGetValue("OS/2", out var os2))
        {
            var version = BigEndian.U16(data, os2.Offset);
            WeightClass = BigEndian.U16(data, os2.Offset + 4);
            EmbeddingFlags = BigEndian.U16(data, os2.Offset + 8);
            if (version >= 2 && os2.Length >= 90)
            {
                CapHeightUnits = BigEndian.I16(data, os2.Offset + 88);
            }
        }

        // OS/2 fsType 0x0002: "restricted licence embedding" — the font's licence forbids embedding.
        if ((EmbeddingFlags & 0x000F) == 0x0002)
        {
            throw Error("the font's licence forbids embedding (OS/2 fsType = restricted); choose an embeddable font");
        }

        (FamilyName, PostScriptName) = ReadNames(data);
        Name = SanitizeName(PostScriptName ?? FamilyName ?? Path.GetFileNameWithoutExtension(sourceName));
        (bmpMap, supplementaryMap) = ReadCmap(data);
    }

    /// <summary>The whole file the face lives in (shared with the other faces of a .ttc).</summary>
    public byte[] File { get; }

    /// <summary>Index of the face inside its collection (0 for a .ttf).</summary>
    public int FaceIndex { get; }

    /// <summary>File name, for messages.</summary>
    public string SourceName { get; }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Family name from the name table (ID 1), e.g. <c>AR PL UMing CN</c>.</summary>
    public string? FamilyName { get; }

    /// <summary>PostScript name from the name table (ID 6).</summary>
    public string? PostScriptName { get; }

    /// <summary>Design units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Number of glyphs (maxp).</summary>
    public int GlyphCount { get; }

    /// <summary>0 = short loca offsets, 1 = long.</summary>
    public short IndexToLocFormat { get; }

    /// <summary>Font bounding box in design units.</summary>
    public short XMin { get; }

    /// <summary>Font bounding box in design units.</summary>
    public short YMin { get; }

    /// <summary>Font bounding box in design units.</summary>
    public short XMax { get; }

    /// <summary>Font bounding box in design units.</summary>
    public short YMax { get; }

    /// <summary>hhea ascender, design units.</summary>
    public short HheaAscender { get; }

    /// <summary>hhea descender, design units (negative).</summary>
    public short HheaDescender { get; }

    /// <summary>post.italicAngle in degrees.</summary>
    public double ItalicAngle { get; }

    /// <summary>post.isFixedPitch.</summary>
    public bool IsFixedPitch { get; }

    /// <summary>OS/2 usWeightClass (400 when absent).</summary>
    public int WeightClass { get; } = 400;

    /// <summary>OS/2 fsType.</summary>
    public int EmbeddingFlags { get; }

    /// <summary>OS/2 sCapHeight in design units, or 0 when the table is older than version 2.</summary>
    public int CapHeightUnits { get; }

    /// <inheritdoc/>
    public double Ascent => ToPdfUnits(HheaAscender);

    /// <inheritdoc/>
    public double Descent => ToPdfUnits(HheaDescender);

    /// <summary>Cap height in thousandths of an em (the ascent when the font does not say).</summary>
    public double CapHeight => CapHeightUnits > 0 ? ToPdfUnits(CapHeightUnits) : Ascent;

    /// <summary>Named tables of the face.</summary>
    public IReadOnlyDictionary<string, TrueTypeTable> Tables => tables;

    /// <summary>Loads face <paramref name="faceIndex"/> of a font file.</summary>
    /// <exception cref="InvalidDataException">The file is not a usable TrueType-outline font.</exception>
    public static TrueTypeFace Load(byte[] file, int faceIndex, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(file);
        int[] offsets;
        try
        {
            offsets = TrueTypeCollection.GetFaceOffsets(file);
        }
        catch (OverflowException ex)
        {
            throw new InvalidDataException($"{sourceName}: the collection header is corrupt", ex);
        }

        if (faceIndex < 0 || faceIndex >= offsets.Length)
        {
            throw new InvalidDataException($"{sourceName}: face {faceIndex} does not exist (the file has {offsets.Length})");
        }

        Dictionary<string, TrueTypeTable> tables;
        try
        {
            tables = ReadTableDirectory(file, offsets[faceIndex], sourceName);
        }
        catch (OverflowException ex)
        {
            throw new InvalidDataException($"{sourceName}: the table directory is corrupt", ex);
        }

        if (tables.ContainsKey("CFF ") || tables.ContainsKey("CFF2"))
        {
            throw new InvalidDataException(
                $"{sourceName}: CFF-outline (OpenType/CFF) fonts are not supported; we embed TrueType outlines only — use a TrueType font such as WenQuanYi Zen Hei or AR PL UMing");
        }

        if (!tables.ContainsKey("glyf"))
        {
            throw new InvalidDataException($"{sourceName}: the face has no 'glyf' table (not a TrueType-outline font)");
        }

        try
        {
            return new TrueTypeFace(file, faceIndex, sourceName, tables);
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException($"{sourceName} face {faceIndex}: the font tables are inconsistent ({ex.Message})", ex);
        }
    }

    /// <summary>Number of faces in a font file (1 for a .ttf).</summary>
    public static int CountFaces(byte[] file) => TrueTypeCollection.GetFaceOffsets(file).Length;

    /// <inheritdoc/>
    public bool HasGlyph(int codePoint) => GetGlyphId(codePoint) != 0;

    /// <inheritdoc/>
    public double GetAdvance(int codePoint) => GetGlyphAdvance(GetGlyphId(codePoint));

    /// <summary>Advance of a glyph in thousandths of an em, rounded to 0.001 (the value written to /W).</summary>
    public double GetGlyphAdvance(int glyphId) => ToPdfUnits(GetAdvanceUnits(glyphId));

    /// <summary>Advance width of a glyph in design units.</summary>
    public ushort GetAdvanceUnits(int glyphId) => advances[(uint)glyphId < (uint)advances.Length ? glyphId : 0];

    /// <summary>Left side bearing of a glyph in design units.</summary>
    public short GetLeftSideBearing(int glyphId) => leftSideBearings[(uint)glyphId < (uint)leftSideBearings.Length ? glyphId : 0];

    /// <summary>The raw <c>glyf</c> bytes of one glyph (empty for glyphs without outline, such as space).</summary>
    public ReadOnlyMemory<byte> GetGlyphData(int glyphId)
    {
        if ((uint)glyphId >= (uint)GlyphCount)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        var glyf = tables["glyf"];
        var start = glyphOffsets[glyphId];
        var end = glyphOffsets[glyphId + 1];
        if (end <= start)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        if (end > (uint)glyf.Length)
        {
            throw Error($"loca entry of glyph {glyphId} points past the glyf table");
        }

        return new ReadOnlyMemory<byte>(File, glyf.Offset + (int)start, (int)(end - start));
    }

    /// <summary>The bytes of a whole table, or empty when the face has none.</summary>
    public ReadOnlyMemory<byte> GetTable(string tag) =>
        tables.TryGetValue(tag, out var t) ? new ReadOnlyMemory<byte>(File, t.Offset, t.Length) : ReadOnlyMemory<byte>.Empty;

    /// <summary>Design units to thousandths of an em, rounded to 0.001.</summary>
    public double ToPdfUnits(double designUnits) => Math.Round(designUnits * 1000.0 / UnitsPerEm, 3, MidpointRounding.AwayFromZero);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({SourceName} face {FaceIndex})");

    private static Dictionary<string, TrueTypeTable> ReadTableDirectory(ReadOnlySpan<byte> file, int faceOffset, string sourceName)
    {
        var version = BigEndian.U32(file, faceOffset);
        if (version == 0x4F54544F)
        {
            // 'OTTO': OpenType with CFF outlines.
            throw new InvalidDataException(
                $"{sourceName}: CFF-outline (OpenType/CFF) fonts are not supported; we embed TrueType outlines only — use a TrueType font such as WenQuanYi Zen Hei or AR PL UMing");
        }

        if (version != 0x00010000 && version != 0x74727565)
        {
            throw new InvalidDataException($"{sourceName}: not a TrueType font (sfnt version 0x{version:X8})");
        }

        var count = BigEndian.U16(file, faceOffset + 4);
        var result = new Dictionary<string, TrueTypeTable>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var entry = faceOffset + 12 + (16 * i);
            var tag = BigEndian.Tag(file, entry);
            var offset = checked((int)BigEndian.U32(file, entry + 8));
            var length = checked((int)BigEndian.U32(file, entry + 12));
            if (offset < 0 || length < 0 || offset > file.Length - length)
            {
                throw new InvalidDataException($"{sourceName}: table '{tag}' lies outside the file");
            }

            result[tag] = new TrueTypeTable(tag, offset, length);
        }

        return result;
    }

    private (ushort[] Advances, short[] Lsb) ReadHorizontalMetrics(ReadOnlySpan<byte> data, TrueTypeTable hmtx, int numberOfHMetrics)
    {
        var adv = new ushort[GlyphCount];
        var lsb = new short[GlyphCount];
        if (hmtx.Length < numberOfHMetrics * 4)
        {
            throw Error("hmtx is shorter than hhea.numberOfHMetrics says");
        }

        for (var i = 0; i < numberOfHMetrics; i++)
        {
            adv[i] = BigEndian.U16(data, hmtx.Offset + (4 * i));
            lsb[i] = BigEndian.I16(data, hmtx.Offset + (4 * i) + 2);
        }

        var tail = hmtx.Offset + (4 * numberOfHMetrics);
        var available = (hmtx.Length - (4 * numberOfHMetrics)) / 2;
        for (var i = numberOfHMetrics; i < GlyphCount; i++)
        {
            adv[i] = adv[numberOfHMetrics - 1];
            var k = i - numberOfHMetrics;
            lsb[i] = k < available ? BigEndian.I16(data, tail + (2 * k)) : (short)0;
        }

        return (adv, lsb);
    }

    private uint[] ReadLoca(ReadOnlySpan<byte> data, TrueTypeTable loca)
    {
        var offsets = new uint[GlyphCount + 1];
        var entrySize = IndexToLocFormat == 0 ? 2 : 4;
        if (loca.Length < (GlyphCount + 1) * entrySize)
        {
            throw Error("loca is shorter than maxp.numGlyphs + 1 entries");
        }

        for (var i = 0; i <= GlyphCount; i++)
        {
            offsets[i] = IndexToLocFormat == 0
                ? BigEndian.U16(data, loca.Offset + (2 * i)) * 2u
                : BigEndian.U32(data, loca.Offset + (4 * i));
        }

        return offsets;
    }

    private TrueTypeTable Require(string tag) =>
        tables.TryGetValue(tag, out var t) ? t : throw Error($"required table '{tag}' is missing");

    private InvalidDataException Error(string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{SourceName} face {FaceIndex}: {message}"));

    private static string SanitizeName(string name)
    {
        // PDF names of fonts: printable ASCII without delimiters or spaces (ISO 32000 9.6.2.1 / 9.9).
        var chars = name.Where(c => c is > ' ' and < '\u007f' and not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%' or '#')).ToArray();
        return chars.Length == 0 ? "Font" : new string(chars);
    }
}
