namespace ReportingEngine.Documents.Pdf.Layout.Text;

/// <summary>
/// Line-breaking classes of characters: the kinsoku (禁则) sets of Chinese typesetting and which
/// characters are ideographic (a break opportunity on either side).
/// </summary>
/// <remarks>The sets are listed in docs/layout.md; keep the two in step.</remarks>
internal static class Kinsoku
{
    /// <summary>Characters that must not begin a line (closing punctuation, pauses, percent, ellipsis, dash).</summary>
    public const string NoLineStart =
        "，。、；：？！）》」』】〕〗〙〛〉" + // CJK closing and pause punctuation
        "．，；：？！）］｝％｠｣" + // fullwidth forms
        ",.;:?!)]}%" + // ASCII equivalents
        "…‥—–”’·・ー々〃゛゜ゝゞヽヾ";

    /// <summary>Characters that must not end a line (opening brackets and quotes).</summary>
    public const string NoLineEnd =
        "（《「『【〔〖〘〚〈" +
        "（［｛｟｢" +
        "([{" +
        "“‘";

    /// <summary>Whether <paramref name="codePoint"/> may not begin a line.</summary>
    public static bool IsNoLineStart(int codePoint) => codePoint <= 0xFFFF && NoLineStart.Contains((char)codePoint, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="codePoint"/> may not end a line.</summary>
    public static bool IsNoLineEnd(int codePoint) => codePoint <= 0xFFFF && NoLineEnd.Contains((char)codePoint, StringComparison.Ordinal);

    /// <summary>
    /// Whether the character is ideographic or CJK punctuation: lines may break before and after it
    /// (subject to the kinsoku sets). Latin letters, digits and ASCII punctuation are not: they glue into words.
    /// </summary>
    public static bool IsBreakableEitherSide(int cp) =>
        cp is >= 0x2E80 and <= 0x9FFF // radicals, CJK symbols and punctuation, kana, bopomofo, unified ideographs
            or >= 0xAC00 and <= 0xD7AF // Hangul syllables
            or >= 0xF900 and <= 0xFAFF // compatibility ideographs
            or >= 0xFE30 and <= 0xFE4F // CJK compatibility forms
            or >= 0xFF00 and <= 0xFFEF // halfwidth and fullwidth forms
            or >= 0x20000 and <= 0x3FFFF // extension B and beyond
            or 0x2014 or 0x2015 or 0x2026 or 0x2018 or 0x2019 or 0x201C or 0x201D or 0x00B7 or 0x2027;
}
