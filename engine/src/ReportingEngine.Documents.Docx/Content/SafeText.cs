using System.Text;
using System.Xml;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>Guards text against characters XML 1.0 cannot carry.</summary>
/// <remarks>Control characters are removed upstream; this is the last line of defence so that a stray
/// lone surrogate or U+FFFE never makes a whole batch fail.</remarks>
internal static class SafeText
{
    /// <summary>Returns <paramref name="text"/> without characters that are invalid in XML 1.0.</summary>
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(ch).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(ch))
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(ch))
            {
                return false;
            }
        }

        return true;
    }
}
