using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Layout.Text;
using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Pdf.Layout.Flow;

/// <summary>What every block layout of one document shares: profile styles, faces, diagnostics, page geometry.</summary>
internal sealed class LayoutContext
{
    /// <summary>Creates the context.</summary>
    public LayoutContext(DocumentProfile profile, FontSet fonts, double pageContentHeight)
    {
        Profile = profile;
        Fonts = fonts;
        PageContentHeight = pageContentHeight;
    }

    /// <summary>The document's profile.</summary>
    public DocumentProfile Profile { get; }

    /// <summary>Faces.</summary>
    public FontSet Fonts { get; }

    /// <summary>Height of the body area of a page, points.</summary>
    public double PageContentHeight { get; }

    /// <summary>Page number and count when known (header and footer); null while the body is planned.</summary>
    public (int Page, int Pages)? PageNumbers { get; init; }

    /// <summary>Problems other than missing glyphs (unknown styles).</summary>
    public List<LayoutDiagnostic> Diagnostics { get; } = [];

    /// <summary>The context for header/footer layout of one page.</summary>
    public LayoutContext ForPage(int page, int pages) => new(Profile, Fonts, PageContentHeight) { PageNumbers = (page, pages) };

    /// <summary>
    /// The named style; an empty name means <paramref name="fallback"/>. An unknown name is reported
    /// (except the implicit container styles <c>table</c>, <c>header</c> and <c>footer</c>, which default
    /// to <c>body</c>) and laid out as <c>body</c>.
    /// </summary>
    public TextStyle Style(string? name, string fallback, string location)
    {
        var key = string.IsNullOrWhiteSpace(name) ? fallback : name;
        if (Profile.Styles.TryGetValue(key, out var style))
        {
            return style;
        }

        var implicitDefault = key is "table" or "header" or "footer" && Profile.Styles.ContainsKey("body");
        if (!implicitDefault)
        {
            var once = Diagnostics.Exists(d => string.Equals(d.Location, location, StringComparison.Ordinal) && d.Message.Contains($"'{key}'", StringComparison.Ordinal));
            if (!once)
            {
                Diagnostics.Add(new LayoutDiagnostic(location, $"style '{key}' is not defined in profile '{Profile.Kind}'"));
            }
        }

        return Profile.Styles.TryGetValue("body", out var body) ? body : new TextStyle("宋体", 12);
    }

    /// <summary>The place of <paramref name="block"/> for diagnostics: its markup position, else <paramref name="path"/>.</summary>
    public string Where(Block block, string path) => block.Source?.ToString() ?? $"{Profile.Kind}: {path}";
}
