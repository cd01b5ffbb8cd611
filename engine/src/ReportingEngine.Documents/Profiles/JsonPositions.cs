using System.Text;
using System.Text.Json;

namespace ReportingEngine.Documents.Profiles;

/// <summary>Maps JSON paths (<c>styles.title.sizePt</c>, <c>requiredRoles[0]</c>) to 1-based line/column.</summary>
/// <remarks>JsonDocument keeps no positions, so one pass of <see cref="Utf8JsonReader"/> records them.</remarks>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, long> _offsets = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public JsonPositions(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Records the position of every property and value; call only on JSON that parsed.</summary>
    public void Scan(JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(_utf8, options);
        // Each open container: its path, whether it is an array, and the next array index.
        var stack = new Stack<(string Path, bool IsArray, int Index)>();
        string? property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    _offsets[Join(stack.Peek().Path, property!)] = reader.TokenStartIndex;
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var path = NextPath(stack, property);
                    _offsets.TryAdd(path + "#value", reader.TokenStartIndex);
                    stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                    property = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                case JsonTokenType.Comment:
                    break;
                default:
                    _offsets[NextPath(stack, property) + "#value"] = reader.TokenStartIndex;
                    property = null;
                    break;
            }
        }
    }

    private static string NextPath(Stack<(string Path, bool IsArray, int Index)> stack, string? property)
    {
        if (stack.Count == 0)
        {
            return string.Empty;
        }

        var top = stack.Pop();
        string path;
        if (top.IsArray)
        {
            path = top.Path + "[" + top.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            top.Index++;
        }
        else
        {
            path = Join(top.Path, property ?? string.Empty);
        }

        stack.Push(top);
        return path;
    }

    public static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    /// <summary>Position of the value at <paramref name="path"/> (falls back to its property name, then 0,0).</summary>
    public (int Line, int Column) Value(string path) =>
        _offsets.TryGetValue(path + "#value", out var offset) || _offsets.TryGetValue(path, out offset) ? At(offset) : (0, 0);

    /// <summary>Position of the property name at <paramref name="path"/>.</summary>
    public (int Line, int Column) Property(string path) =>
        _offsets.TryGetValue(path, out var offset) || _offsets.TryGetValue(path + "#value", out offset) ? At(offset) : (0, 0);

    private (int Line, int Column) At(long offset)
    {
        var line = _lineStarts.BinarySearch((int)offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var start = _lineStarts[line];
        var column = Encoding.UTF8.GetCharCount(_utf8, start, (int)offset - start) + 1;
        return (line + 1, column);
    }

    /// <summary>Converts a JsonException's 0-based line and byte position into 1-based line and character column.</summary>
    public (int Line, int Column) FromException(long? lineNumber, long? bytePositionInLine)
    {
        if (lineNumber is not { } line || line < 0 || line >= _lineStarts.Count)
        {
            return (0, 0);
        }

        var start = _lineStarts[(int)line];
        var bytes = (int)Math.Min(bytePositionInLine ?? 0, _utf8.Length - start);
        return ((int)line + 1, Encoding.UTF8.GetCharCount(_utf8, start, Math.Max(0, bytes)) + 1);
    }
}
