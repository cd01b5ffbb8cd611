namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>Reads the face offsets of a TrueType collection (.ttc) or a single font (.ttf).</summary>
internal static class TrueTypeCollection
{
    private const uint TtcTag = 0x74746366; // 'ttcf'

    /// <summary>Offsets of each face's table directory.</summary>
    public static int[] GetFaceOffsets(ReadOnlySpan<byte> file)
    {
        if (file.Length < 12)
        {
            throw new InvalidDataException("not a font file: shorter than an sfnt header");
        }

        if (BigEndian.U32(file, 0) != TtcTag)
        {
            return [0];
        }

        var count = checked((int)BigEndian.U32(file, 8));
        if (count <= 0 || count > 1024)
        {
            throw new InvalidDataException($"TrueType collection header has an implausible face count {count}");
        }

        var offsets = new int[count];
        for (var i = 0; i < count; i++)
        {
            offsets[i] = checked((int)BigEndian.U32(file, 12 + (4 * i)));
        }

        return offsets;
    }
}
