using System.Globalization;
using ReportingEngine.Documents.Pdf.Fonts;

namespace ReportingEngine.Documents.Pdf.Layout.Text;

/// <summary>
/// Faces of one layout run: resolves regulation font names through the provider once, chooses a fallback
/// CJK face for characters a face lacks, and records characters no face can print.
/// </summary>
internal sealed class FontSet
{
    /// <summary>Regulation families tried, in order, when a face lacks a character.</summary>
    private static readonly string[] FallbackFamilies = ["宋体", "黑体", "楷体", "仿宋"];

    private readonly IFontProvider provider;
    private readonly Dictionary<string, IFontFace> faces = new(StringComparer.Ordinal);
    private readonly HashSet<(string Location, int CodePoint)> reported = [];
    private List<IFontFace>? fallbacks;

    /// <summary>Creates a font set over <paramref name="provider"/>.</summary>
    public FontSet(IFontProvider provider) => this.provider = provider;

    /// <summary>Problems found: characters that print as .notdef.</summary>
    public List<LayoutDiagnostic> Diagnostics { get; } = [];

    /// <summary>The face for a regulation family; throws <see cref="FontNotFoundException"/> when it is not installed.</summary>
    public IFontFace Get(string family)
    {
        if (!faces.TryGetValue(family, out var face))
        {
            face = provider.GetFace(family);
            faces.Add(family, face);
        }

        return face;
    }

    /// <summary>
    /// The face that prints <paramref name="codePoint"/>: <paramref name="primary"/> when it has the glyph,
    /// else the first fallback family that has it; otherwise <paramref name="primary"/> (drawn as .notdef)
    /// and a diagnostic at <paramref name="location"/>.
    /// </summary>
    public IFontFace ForCharacter(IFontFace primary, int codePoint, string location)
    {
        if (primary.HasGlyph(codePoint))
        {
            return primary;
        }

        foreach (var face in Fallbacks())
        {
            if (!ReferenceEquals(face, primary) && face.HasGlyph(codePoint))
            {
                return face;
            }
        }

        if (reported.Add((location, codePoint)))
        {
            Diagnostics.Add(new LayoutDiagnostic(
                location,
                string.Create(CultureInfo.InvariantCulture, $"character '{char.ConvertFromUtf32(codePoint)}' (U+{codePoint:X4}) is in no installed font (tried {primary.Name} and the fallback faces); it would print as an empty box")));
        }

        return primary;
    }

    private List<IFontFace> Fallbacks()
    {
        if (fallbacks is null)
        {
            fallbacks = [];
            foreach (var family in FallbackFamilies)
            {
                try
                {
                    var face = Get(family);
                    if (!fallbacks.Contains(face))
                    {
                        fallbacks.Add(face);
                    }
                }
                catch (FontNotFoundException)
                {
                    // A fallback family that is not installed is simply not a candidate.
                }
            }
        }

        return fallbacks;
    }
}
