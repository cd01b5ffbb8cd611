using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReportingEngine.Templating.Diagnostics;
using Scriban.Runtime;

namespace ReportingEngine.Templating.Model;

/// <summary>
/// Copies a model into a cleaned tree of <see cref="ScriptObject"/>, <see cref="ScriptArray"/>, strings,
/// numbers and booleans, so a template never touches a live .NET object.
/// </summary>
/// <remarks>
/// <para>Names: record/POCO properties and JSON object keys become snake_case with Scriban's standard
/// renamer (<c>OwnerName</c>, <c>ownerName</c> and <c>owner_name</c> all become <c>owner_name</c>).
/// Dictionary keys are data and are kept as they are.</para>
/// <para>Values: integers stay <see cref="long"/>; JSON numbers with a fraction or exponent become
/// <see cref="decimal"/> (exact: 0.1 + 0.2 is 0.3); <see cref="DateOnly"/> → <c>2026-11-15</c>,
/// <see cref="DateTime"/> → <c>2026-11-15T08:30:00</c>, <see cref="DateTimeOffset"/> → with offset,
/// <see cref="TimeOnly"/> → <c>08:30:00</c>, enums → their name, <see cref="Guid"/> → text;
/// <see cref="RawMarkup"/> is carried as is.</para>
/// <para>Refused with a diagnostic: framework types that are not data (streams, delegates, types, tasks…),
/// cycles, nesting deeper than the limit, and top-level names that would hide a built-in.</para>
/// </remarks>
internal sealed class ModelConverter
{
    private readonly int _depthLimit;
    private readonly IReadOnlySet<string> _reservedNames;
    private readonly HashSet<object> _onPath = new(ReferenceEqualityComparer.Instance);

    public ModelConverter(int depthLimit, IReadOnlySet<string> reservedNames)
    {
        _depthLimit = depthLimit;
        _reservedNames = reservedNames;
    }

    /// <summary>Converts the model's root, which must be an object (its members become the template's variables).</summary>
    /// <exception cref="ModelConversionException">The model cannot be passed to a template.</exception>
    public ScriptObject ConvertRoot(object? model)
    {
        var converted = model switch
        {
            null => new ScriptObject(),
            JsonDocument document => Convert(document.RootElement, string.Empty, 0),
            _ => Convert(model, string.Empty, 0),
        };

        if (converted is not ScriptObject strictRoot)
        {
            throw new ModelConversionException(string.Empty, TemplateMessages.ModelRootNotObject(Describe(converted)));
        }

        var root = new ScriptObject();
        foreach (var name in strictRoot.Keys)
        {
            root[name] = strictRoot[name];
        }

        foreach (var name in root.Keys)
        {
            if (_reservedNames.Contains(name))
            {
                throw new ModelConversionException(name, TemplateMessages.ModelHidesBuiltin(name));
            }
        }

        return root;
    }

    private object? Convert(object? value, string path, int depth)
    {
        switch (value)
        {
            case null:
                return null;
            case string or bool or decimal or long or int or double or RawMarkup:
                return value;
            case short or byte or sbyte or ushort or uint:
                return System.Convert.ToInt64(value, CultureInfo.InvariantCulture);
            case ulong u:
                return u <= long.MaxValue ? (long)u : (decimal)u;
            case float f:
                return (double)f;
            case char c:
                return c.ToString();
            case DateOnly d:
                return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case DateTime dt:
                return dt.ToString(dt.Millisecond == 0 && dt.Microsecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            case DateTimeOffset dto:
                return dto.ToString(dto.Millisecond == 0 && dto.Microsecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
            case TimeOnly t:
                return t.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            case TimeSpan ts:
                return ts.ToString("c", CultureInfo.InvariantCulture);
            case Guid g:
                return g.ToString("D");
            case Enum e:
                return e.ToString();
            case JsonElement element:
                return ConvertJson(element, path, depth);
            case JsonNode node:
                return ConvertJson(JsonSerializer.SerializeToElement(node), path, depth);
        }

        if (depth >= _depthLimit)
        {
            throw new ModelConversionException(path, TemplateMessages.ModelTooDeep(_depthLimit));
        }

        var type = value.GetType();
        if (!_onPath.Add(value))
        {
            throw new ModelConversionException(path, TemplateMessages.ModelCycle);
        }

        try
        {
            if (value is IDictionary dictionary)
            {
                return ConvertDictionary(dictionary, path, depth);
            }

            if (TryGetReadOnlyStringDictionary(value, out var pairs))
            {
                return ConvertPairs(pairs, path, depth);
            }

            if (value is IEnumerable sequence)
            {
                var array = new ScriptArray();
                var index = 0;
                foreach (var item in sequence)
                {
                    array.Add(Convert(item, Index(path, index), depth + 1));
                    index++;
                }

                return array;
            }

            if (!IsDataType(type))
            {
                throw new ModelConversionException(path, TemplateMessages.ModelUnsupportedType(type.FullName ?? type.Name));
            }

            return ConvertProperties(value, type, path, depth);
        }
        finally
        {
            _onPath.Remove(value);
        }
    }

    private StrictScriptObject ConvertProperties(object value, Type type, string path, int depth)
    {
        var result = new StrictScriptObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null || !property.GetMethod.IsPublic)
            {
                continue;
            }

            var name = StandardMemberRenamer.Rename(property.Name);
            var memberPath = Member(path, name);
            if (result.ContainsKey(name))
            {
                throw new ModelConversionException(memberPath, TemplateMessages.ModelDuplicateMember(name));
            }

            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (TargetInvocationException ex)
            {
                throw new ModelConversionException(memberPath, TemplateMessages.UnexpectedError(ex.InnerException?.Message ?? ex.Message));
            }

            result[name] = Convert(propertyValue, memberPath, depth + 1);
        }

        return result;
    }

    private StrictScriptObject ConvertDictionary(IDictionary dictionary, string path, int depth)
    {
        var result = new StrictScriptObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key)
            {
                throw new ModelConversionException(path, TemplateMessages.ModelDictionaryKey(entry.Key.GetType().Name));
            }

            result[key] = Convert(entry.Value, Member(path, key), depth + 1);
        }

        return result;
    }

    private StrictScriptObject ConvertPairs(IEnumerable<KeyValuePair<string, object?>> pairs, string path, int depth)
    {
        var result = new StrictScriptObject();
        foreach (var (key, item) in pairs)
        {
            result[key] = Convert(item, Member(path, key), depth + 1);
        }

        return result;
    }

    private object? ConvertJson(JsonElement element, string path, int depth)
    {
        if (depth >= _depthLimit)
        {
            throw new ModelConversionException(path, TemplateMessages.ModelTooDeep(_depthLimit));
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var result = new StrictScriptObject();
                foreach (var property in element.EnumerateObject())
                {
                    var name = StandardMemberRenamer.Rename(property.Name);
                    var memberPath = Member(path, name);
                    if (result.ContainsKey(name))
                    {
                        throw new ModelConversionException(memberPath, TemplateMessages.ModelDuplicateMember(name));
                    }

                    result[name] = ConvertJson(property.Value, memberPath, depth + 1);
                }

                return result;
            case JsonValueKind.Array:
                var array = new ScriptArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ConvertJson(item, Index(path, index), depth + 1));
                    index++;
                }

                return array;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return ConvertJsonNumber(element, path);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }

    private static object ConvertJsonNumber(JsonElement element, string path)
    {
        var raw = element.GetRawText();
        var integral = raw.IndexOfAny(['.', 'e', 'E']) < 0;
        if (integral && element.TryGetInt64(out var whole))
        {
            return whole;
        }

        if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return exact;
        }

        throw new ModelConversionException(path, TemplateMessages.ModelNumberOutOfRange);
    }

    private static bool TryGetReadOnlyStringDictionary(object value, out IEnumerable<KeyValuePair<string, object?>> pairs)
    {
        foreach (var contract in value.GetType().GetInterfaces())
        {
            if (contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
                && contract.GetGenericArguments()[0] == typeof(string))
            {
                pairs = EnumeratePairs((IEnumerable)value);
                return true;
            }
        }

        pairs = [];
        return false;
    }

    private static IEnumerable<KeyValuePair<string, object?>> EnumeratePairs(IEnumerable source)
    {
        foreach (var item in source)
        {
            var itemType = item!.GetType();
            var key = (string)itemType.GetProperty("Key")!.GetValue(item)!;
            yield return new KeyValuePair<string, object?>(key, itemType.GetProperty("Value")!.GetValue(item));
        }
    }

    // Records and classes of the product are data; framework types (streams, delegates, reflection, tasks,
    // DbConnection…) are not, and would expose far more than a document needs.
    private static bool IsDataType(Type type)
    {
        if (typeof(Delegate).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type) || type.IsPointer)
        {
            return false;
        }

        var ns = type.Namespace ?? string.Empty;
        return !(ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal)
            || ns == "Microsoft" || ns.StartsWith("Microsoft.", StringComparison.Ordinal)
            || ns.StartsWith("Scriban", StringComparison.Ordinal));
    }

    private static string Member(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private static string Describe(object? value) => value switch
    {
        null => "null",
        ScriptArray => "a list",
        string => "a string",
        _ => "a single value",
    };
}
