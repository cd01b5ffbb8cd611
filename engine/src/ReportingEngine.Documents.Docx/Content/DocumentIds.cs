using System.Globalization;
using System.Text;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>
/// Counters for every id a document carries (drawing object ids, bookmark ids and names,
/// relationship ids): ids are counted in writing order, never random, so the same model gives the same bytes.
/// </summary>
internal sealed class DocumentIds
{
    private const int MaxBookmarkName = 40;

    private readonly HashSet<string> _bookmarkNames = new(StringComparer.OrdinalIgnoreCase);
    private uint _drawing;
    private int _bookmark;
    private int _relationship;
    private int _generatedBookmark;

    /// <summary>Next wp:docPr id (unique across body, headers and footers).</summary>
    public uint NextDrawingId() => ++_drawing;

    /// <summary>Next w:bookmarkStart/End id.</summary>
    public string NextBookmarkId() => (_bookmark++).ToString(CultureInfo.InvariantCulture);

    /// <summary>Next relationship id for a part added by this writer (unique across all parts).</summary>
    public string NextRelationshipId(string prefix) =>
        prefix + (++_relationship).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A Word-legal, unique bookmark name: letters, digits and underscores, starting with a letter,
    /// at most 40 characters. A null name gets a hidden <c>_Toc</c> name as Word gives headings.
    /// </summary>
    public string BookmarkName(string? requested)
    {
        string baseName;
        if (string.IsNullOrWhiteSpace(requested))
        {
            baseName = "_Toc" + (++_generatedBookmark).ToString("D8", CultureInfo.InvariantCulture);
        }
        else
        {
            var builder = new StringBuilder(requested.Length + 2);
            foreach (var ch in requested)
            {
                builder.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '_');
            }

            if (!char.IsAsciiLetter(builder[0]))
            {
                builder.Insert(0, "bm");
            }

            baseName = builder.Length > MaxBookmarkName ? builder.ToString(0, MaxBookmarkName) : builder.ToString();
        }

        var name = baseName;
        for (var n = 2; !_bookmarkNames.Add(name); n++)
        {
            var suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
            name = (baseName.Length + suffix.Length > MaxBookmarkName ? baseName[..(MaxBookmarkName - suffix.Length)] : baseName) + suffix;
        }

        return name;
    }
}
