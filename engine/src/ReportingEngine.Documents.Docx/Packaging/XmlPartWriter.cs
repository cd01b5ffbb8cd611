using System.Buffers;
using System.Text;

namespace ReportingEngine.Documents.Docx.Packaging;

/// <summary>
/// A forward-only UTF-8 writer for the XML parts written per document (main document, header, footer,
/// relationships, content types, core properties), producing exactly the bytes <see cref="XmlParts"/>' XmlWriter does.
/// </summary>
/// <remarks>
/// Names are written as given: the caller declares every prefix on the root, as the parts always did.
/// Escaping and character checks follow XmlWriter with <see cref="System.Xml.NewLineHandling.Entitize"/> and
/// CheckCharacters: a character XML 1.0 cannot carry throws rather than producing a file Word refuses.
/// XmlWriter's namespace bookkeeping and per-part buffers were a fifth of the writer's time (H19); this one
/// reuses one buffer per thread.
/// </remarks>
internal sealed class XmlPartWriter : IDisposable
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>";

    /// <summary>Characters a text or attribute value cannot copy through as is.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(SpecialCharacters());

    [ThreadStatic]
    private static byte[]? _spare;

    private readonly Stack<(string? Prefix, string Local)> _open = new();
    private byte[] _buffer;
    private int _length;
    private bool _inStartTag;

    /// <summary>Starts a part: the XML declaration (standalone) and nothing else.</summary>
    public XmlPartWriter()
    {
        _buffer = _spare ?? new byte[32 * 1024];
        _spare = null;
        Raw(Declaration);
    }

    /// <summary>Opens <c>&lt;prefix:local</c>; attributes may follow until content or <see cref="End"/>.</summary>
    public void Start(string? prefix, string local)
    {
        CloseStartTag();
        Byte((byte)'<');
        Name(prefix, local);
        _open.Push((prefix, local));
        _inStartTag = true;
    }

    /// <summary>Writes an attribute of the element just started.</summary>
    public void Attribute(string? prefix, string local, string value)
    {
        if (!_inStartTag)
        {
            throw new InvalidOperationException($"Attribute {local} written outside a start tag.");
        }

        Byte((byte)' ');
        Name(prefix, local);
        Raw("=\"");
        Escaped(value, attribute: true);
        Byte((byte)'"');
    }

    /// <summary>Writes character content.</summary>
    public void Text(string text)
    {
        CloseStartTag();
        Escaped(text, attribute: false);
    }

    /// <summary>Writes <c>&lt;prefix:local&gt;text&lt;/prefix:local&gt;</c>.</summary>
    public void Element(string? prefix, string local, string text)
    {
        Start(prefix, local);
        Text(text);
        End();
    }

    /// <summary>Closes the innermost element (<c> /&gt;</c> when it has no content).</summary>
    public void End()
    {
        var (prefix, local) = _open.Pop();
        if (_inStartTag)
        {
            Raw(" />");
            _inStartTag = false;
            return;
        }

        Raw("</");
        Name(prefix, local);
        Byte((byte)'>');
    }

    /// <summary>The part's bytes; every element must be closed.</summary>
    public byte[] ToArray()
    {
        if (_open.Count > 0)
        {
            throw new InvalidOperationException($"Element {_open.Peek().Local} is not closed.");
        }

        return _buffer.AsSpan(0, _length).ToArray();
    }

    /// <summary>Hands the buffer back for the next part written on this thread.</summary>
    public void Dispose()
    {
        _spare = _buffer;
        _buffer = [];
    }

    private void CloseStartTag()
    {
        if (_inStartTag)
        {
            Byte((byte)'>');
            _inStartTag = false;
        }
    }

    private void Name(string? prefix, string local)
    {
        if (prefix is not null)
        {
            Raw(prefix);
            Byte((byte)':');
        }

        Raw(local);
    }

    private void Escaped(string value, bool attribute)
    {
        var rest = value.AsSpan();
        while (rest.Length > 0)
        {
            var stop = rest.IndexOfAny(Special);
            if (stop < 0)
            {
                Utf8(rest);
                return;
            }

            Utf8(rest[..stop]);
            var ch = rest[stop];
            var used = 1;
            switch (ch)
            {
                case '<':
                    Raw("&lt;");
                    break;
                case '>':
                    Raw("&gt;");
                    break;
                case '&':
                    Raw("&amp;");
                    break;
                case '"':
                    Raw(attribute ? "&quot;" : "\"");
                    break;
                case '\t':
                    Raw(attribute ? "&#x9;" : "\t");
                    break;
                case '\n':
                    Raw(attribute ? "&#xA;" : "\n");
                    break;
                case '\r':
                    Raw("&#xD;");
                    break;
                default:
                    if (char.IsHighSurrogate(ch) && stop + 1 < rest.Length && char.IsLowSurrogate(rest[stop + 1]))
                    {
                        Utf8(rest.Slice(stop, 2));
                        used = 2;
                        break;
                    }

                    throw new ArgumentException($"Character U+{(int)ch:X4} cannot be written to XML.", nameof(value));
            }

            rest = rest[(stop + used)..];
        }
    }

    private void Raw(string ascii)
    {
        Ensure(ascii.Length);
        foreach (var ch in ascii)
        {
            _buffer[_length++] = (byte)ch;
        }
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_length));
    }

    private void Byte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    private void Ensure(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }
    }

    private static string SpecialCharacters()
    {
        var special = new StringBuilder("<>&\"\uFFFE\uFFFF");
        for (var ch = '\0'; ch < ' '; ch++)
        {
            special.Append(ch);
        }

        for (var ch = '\uD800'; ch <= '\uDFFF'; ch++)
        {
            special.Append(ch);
        }

        return special.ToString();
    }
}
