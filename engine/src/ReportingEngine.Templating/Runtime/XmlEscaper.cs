using System.Text;

namespace ReportingEngine.Templating.Runtime;

/// <summary>
/// Makes a data string safe to place in XML text or in a quoted attribute value.
/// </summary>
/// <remarks>
/// <c>&amp; &lt; &gt; " '</c> become <c>&amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos;</c>. Characters XML 1.0 does not
/// allow at all — C0 controls other than tab, LF and CR, unpaired surrogates, U+FFFE and U+FFFF — are replaced
/// by U+FFFD (the replacement character), silently: a stray control character in an owner's remark must not
/// stop a batch, and the replacement shows where it was.
/// </remarks>
internal static class XmlEscaper
{
    public const char Replacement = '\uFFFD';

    public static string Escape(string text)
    {
        var first = IndexOfFirstSpecial(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&apos;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (IsAllowedSingle(c))
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append(Replacement);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static int IndexOfFirstSpecial(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '&' or '<' or '>' or '"' or '\'')
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            if (!IsAllowedSingle(c))
            {
                return i;
            }
        }

        return -1;
    }

    // XML 1.0 Char production, for one UTF-16 unit that is not a surrogate.
    private static bool IsAllowedSingle(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
}
