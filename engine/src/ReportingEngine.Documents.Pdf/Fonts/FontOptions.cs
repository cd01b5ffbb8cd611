namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>
/// Which font files stand in for the regulation font names in PDF output, and where to look for them.
/// </summary>
/// <remarks>
/// Defaults (Debian packages): 黑体 → WenQuanYi Zen Hei (fonts-wqy-zenhei); 宋体 → AR PL UMing CN
/// (fonts-arphic-uming); 楷体 → AR PL UKai CN (fonts-arphic-ukai); 仿宋 → the 宋体 face, because no
/// TrueType-outline FangSong is packaged in Debian (Noto CJK has CFF outlines, which we do not embed).
/// The Latin names SimHei, SimSun, KaiTi and FangSong map to the same faces. <c>DejaVu Sans</c>
/// (fonts-dejavu-core) is mapped for symbols both CJK faces lack (☐ ☑ ✓).
/// </remarks>
public sealed record FontOptions
{
    private static readonly FontSource Hei = new("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei", "fonts-wqy-zenhei")
    {
        DisplayName = "WenQuanYi Zen Hei",
    };

    private static readonly FontSource Song = new("/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL UMing CN", "fonts-arphic-uming")
    {
        DisplayName = "AR PL UMing CN",
    };

    private static readonly FontSource Kai = new("/usr/share/fonts/truetype/arphic/ukai.ttc", "AR PL UKai CN", "fonts-arphic-ukai")
    {
        DisplayName = "AR PL UKai CN",
    };

    private static readonly FontSource Symbols = new("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", null, "fonts-dejavu-core")
    {
        DisplayName = "DejaVu Sans",
    };

    /// <summary>The Debian stand-ins described in the remarks.</summary>
    public static FontOptions Default { get; } = new();

    /// <summary>Directories searched (recursively) for a file given by name or whose absolute path is missing.</summary>
    public IReadOnlyList<string> SearchDirectories { get; init; } =
        ["/usr/share/fonts", "/usr/local/share/fonts"];

    /// <summary>Regulation family name (黑体, 宋体, 楷体, 仿宋, or a Latin alias) → font file.</summary>
    public IReadOnlyDictionary<string, FontSource> Families { get; init; } = new Dictionary<string, FontSource>(StringComparer.Ordinal)
    {
        ["黑体"] = Hei,
        ["SimHei"] = Hei,
        ["宋体"] = Song,
        ["SimSun"] = Song,
        ["仿宋"] = Song,
        ["FangSong"] = Song,
        ["楷体"] = Kai,
        ["KaiTi"] = Kai,
        ["DejaVu Sans"] = Symbols,
    };
}
