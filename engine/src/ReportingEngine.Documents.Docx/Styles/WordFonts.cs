namespace ReportingEngine.Documents.Docx.Styles;

/// <summary>Maps regulation font names (黑体, 宋体 …) to the names Word knows them by.</summary>
internal static class WordFonts
{
    /// <summary>Font for ☐/☑: present on every Windows since 7, and substituted sensibly elsewhere.</summary>
    public const string SymbolFont = "Segoe UI Symbol";

    /// <summary>The Word (Windows) family name for a regulation font name; unknown names pass through.</summary>
    public static string ToWordName(string regulationName) => regulationName switch
    {
        "黑体" => "SimHei",
        "宋体" => "SimSun",
        "楷体" => "KaiTi",
        "仿宋" => "FangSong",
        "微软雅黑" => "Microsoft YaHei",
        "新宋体" => "NSimSun",
        _ => regulationName,
    };

    /// <summary>The Chinese alternative name Word records in the font table, when known.</summary>
    public static string? AltName(string wordName) => wordName switch
    {
        "SimHei" => "黑体",
        "SimSun" => "宋体",
        "KaiTi" => "楷体",
        "FangSong" => "仿宋",
        "Microsoft YaHei" => "微软雅黑",
        "NSimSun" => "新宋体",
        _ => null,
    };
}
