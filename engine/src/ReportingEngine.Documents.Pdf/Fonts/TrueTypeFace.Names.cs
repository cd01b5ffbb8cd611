using System.Text;

namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>The name table: family and PostScript names (used to pick a face of a .ttc and to name the PDF font).</summary>
internal sealed partial class TrueTypeFace
{
    private readonly List<string> allFamilyNames = [];

    /// <summary>Every family (ID 1), typographic family (ID 16) and full name (ID 4) in every language, for face matching.</summary>
    public IReadOnlyList<string> AllFamilyNames => allFamilyNames;

    private (string? Family, string? PostScript) ReadNames(ReadOnlySpan<byte> data)
    {
        if (!tables.TryGetValue("name", out var name))
        {
            return (null, null);
        }

        var count = BigEndian.U16(data, name.Offset + 2);
        var storage = name.Offset + BigEndian.U16(data, name.Offset + 4);
        string? family = null, postScript = null;
        int familyRank = int.MaxValue, postScriptRank = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var record = name.Offset + 6 + (12 * i);
            var platform = BigEndian.U16(data, record);
            var encoding = BigEndian.U16(data, record + 2);
            var language = BigEndian.U16(data, record + 4);
            var nameId = BigEndian.U16(data, record + 6);
            var length = BigEndian.U16(data, record + 8);
            var start = storage + BigEndian.U16(data, record + 10);
            if (nameId is not (1 or 4 or 6 or 16) || start < 0 || start + length > data.Length)
            {
                continue;
            }

            string? text = platform switch
            {
                0 or 3 when encoding is 0 or 1 or 10 => Encoding.BigEndianUnicode.GetString(data.Slice(start, length)),
                1 when encoding == 0 => Encoding.Latin1.GetString(data.Slice(start, length)),
                _ => null,
            };
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            // English Windows names first, then any Windows name, then Mac Roman.
            var rank = (platform, language) switch
            {
                (3, 0x409) => 0,
                (3, _) => 1,
                (0, _) => 2,
                _ => 3,
            };
            if (nameId is 1 or 4 or 16 && !allFamilyNames.Contains(text, StringComparer.Ordinal))
            {
                allFamilyNames.Add(text);
            }

            if (nameId == 1 && rank < familyRank)
            {
                (family, familyRank) = (text, rank);
            }
            else if (nameId == 6 && rank < postScriptRank)
            {
                (postScript, postScriptRank) = (text, rank);
            }
        }

        return (family, postScript);
    }
}
