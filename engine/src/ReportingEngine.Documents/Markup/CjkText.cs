namespace ReportingEngine.Documents.Markup;

/// <summary>Character classes the whitespace rule needs (see docs/markup.md, "Whitespace").</summary>
internal static class CjkText
{
    /// <summary>Whitespace that markup collapses. The ideographic space U+3000 is content, not collapsed.</summary>
    public static bool IsCollapsible(char c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>East Asian wide characters: ideographs, kana, hangul, CJK and full-width punctuation.</summary>
    public static bool IsWide(char c) =>
        c is (>= '\u2E80' and <= '\u2FDF')      // CJK radicals, Kangxi radicals
            or (>= '\u3000' and <= '\u303F')    // CJK symbols and punctuation
            or (>= '\u3040' and <= '\u31FF')    // kana, bopomofo, CJK strokes
            or (>= '\u3400' and <= '\u4DBF')    // Extension A
            or (>= '\u4E00' and <= '\u9FFF')    // CJK unified ideographs
            or (>= '\uAC00' and <= '\uD7AF')    // hangul
            or (>= '\uF900' and <= '\uFAFF')    // compatibility ideographs
            or (>= '\uFE30' and <= '\uFE4F')    // CJK compatibility forms
            or (>= '\uFF00' and <= '\uFFEF')    // full-width forms
            or (>= '\u2018' and <= '\u201F')    // quotation marks as used in Chinese text
            or '\u2014' or '\u2026'             // dash, ellipsis
            || char.IsSurrogate(c);             // astral ideographs (Extension B and later)

    /// <summary>CJK punctuation: whitespace next to it is always dropped (it carries its own spacing).</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is (>= '\u3001' and <= '\u303F')
            or (>= '\uFF01' and <= '\uFF0F')
            or (>= '\uFF1A' and <= '\uFF20')
            or (>= '\uFF3B' and <= '\uFF40')
            or (>= '\uFF5B' and <= '\uFF65')
            or (>= '\uFE30' and <= '\uFE4F');
}
