using System.Text;
using ReportingEngine.Documents.Pdf.Objects;

namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>
/// Writes the /ToUnicode CMap of a subset font (2-byte codes = new glyph IDs → UTF-16BE, surrogate
/// pairs included), so text extraction (pdftotext, PdfPig, copy-paste) returns the exact characters.
/// </summary>
internal static class ToUnicodeCMap
{
    private const int MaxEntriesPerBlock = 100; // PostScript CMap limit per begin…end block.

    /// <summary>Builds the CMap program for code → text.</summary>
    public static byte[] Build(IReadOnlyDictionary<int, string> codeToText)
    {
        var buffer = new PdfByteBuffer(4096);
        buffer.Ascii("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Ascii("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Ascii("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Ascii("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");

        var entries = codeToText.Where(e => e.Key is > 0 and <= 0xFFFF && e.Value.Length > 0).OrderBy(e => e.Key).ToList();
        var ranges = new List<(int First, int Last, string Text)>();
        var singles = new List<(int Code, string Text)>();
        var i = 0;
        while (i < entries.Count)
        {
            // A bfrange needs consecutive codes mapping to consecutive BMP characters, within one last-byte block.
            var j = i;
            while (j + 1 < entries.Count
                && entries[j + 1].Key == entries[j].Key + 1
                && (entries[j + 1].Key >> 8) == (entries[i].Key >> 8)
                && IsSingleBmp(entries[j].Value) && IsSingleBmp(entries[j + 1].Value)
                && entries[j + 1].Value[0] == entries[j].Value[0] + 1)
            {
                j++;
            }

            if (j > i)
            {
                ranges.Add((entries[i].Key, entries[j].Key, entries[i].Value));
            }
            else
            {
                singles.Add((entries[i].Key, entries[i].Value));
            }

            i = j + 1;
        }

        foreach (var chunk in singles.Chunk(MaxEntriesPerBlock))
        {
            buffer.Integer(chunk.Length).Ascii(" beginbfchar\n");
            foreach (var (code, text) in chunk)
            {
                Code(buffer, code).Space();
                buffer.HexString(Encoding.BigEndianUnicode.GetBytes(text)).NewLine();
            }

            buffer.Ascii("endbfchar\n");
        }

        foreach (var chunk in ranges.Chunk(MaxEntriesPerBlock))
        {
            buffer.Integer(chunk.Length).Ascii(" beginbfrange\n");
            foreach (var (first, last, text) in chunk)
            {
                Code(buffer, first).Space();
                Code(buffer, last).Space();
                buffer.HexString(Encoding.BigEndianUnicode.GetBytes(text)).NewLine();
            }

            buffer.Ascii("endbfrange\n");
        }

        buffer.Ascii("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return buffer.ToArray();
    }

    private static bool IsSingleBmp(string text) => text.Length == 1 && !char.IsSurrogate(text[0]);

    private static PdfByteBuffer Code(PdfByteBuffer buffer, int code) =>
        buffer.Byte((byte)'<').Hex((byte)(code >> 8)).Hex((byte)code).Byte((byte)'>');
}
