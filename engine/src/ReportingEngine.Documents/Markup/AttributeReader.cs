using System.Globalization;
using System.Xml.Linq;

namespace ReportingEngine.Documents.Markup;

/// <summary>Typed access to one element's attributes; every bad value becomes a diagnostic at the attribute.</summary>
internal sealed class AttributeReader
{
    private readonly XElement _element;
    private readonly Action<XObject, string> _error;
    private readonly IReadOnlyDictionary<string, Profiles.TextStyle> _styles;

    public AttributeReader(XElement element, Action<XObject, string> error, IReadOnlyDictionary<string, Profiles.TextStyle> styles)
    {
        _element = element;
        _error = error;
        _styles = styles;
    }

    private string ElementName => _element.Name.LocalName;

    public XAttribute? Node(string name) => _element.Attribute(name);

    public string? String(string name) => _element.Attribute(name)?.Value;

    /// <summary>A required, non-blank attribute; reports it missing at the element.</summary>
    public string? Required(string name)
    {
        var attribute = _element.Attribute(name);
        if (attribute is null)
        {
            _error(_element, MarkupMessages.MissingAttribute(name, ElementName));
            return null;
        }

        if (string.IsNullOrWhiteSpace(attribute.Value))
        {
            _error(attribute, MarkupMessages.EmptyAttribute(name, ElementName));
            return null;
        }

        return attribute.Value.Trim();
    }

    public DateOnly? Date(string name, bool required)
    {
        var attribute = _element.Attribute(name);
        if (attribute is null)
        {
            if (required)
            {
                _error(_element, MarkupMessages.MissingAttribute(name, ElementName));
            }

            return null;
        }

        if (DateOnly.TryParseExact(attribute.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _error(attribute, MarkupMessages.BadValue(name, ElementName, attribute.Value, "a date yyyy-MM-dd"));
        return null;
    }

    public bool Bool(string name, bool defaultValue)
    {
        var attribute = _element.Attribute(name);
        if (attribute is null)
        {
            return defaultValue;
        }

        switch (attribute.Value.Trim())
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                _error(attribute, MarkupMessages.BadValue(name, ElementName, attribute.Value, "true or false"));
                return defaultValue;
        }
    }

    /// <summary>A number greater than zero (sizes, widths).</summary>
    public double? Positive(string name)
    {
        var value = Number(name);
        if (value is <= 0)
        {
            _error(_element.Attribute(name)!, MarkupMessages.BadValue(name, ElementName, _element.Attribute(name)!.Value, "a number greater than 0"));
            return null;
        }

        return value;
    }

    public double? Number(string name)
    {
        var attribute = _element.Attribute(name);
        if (attribute is null)
        {
            return null;
        }

        if (MarkupReader.TryParseNumber(attribute.Value, out var value))
        {
            return value;
        }

        _error(attribute, MarkupMessages.BadValue(name, ElementName, attribute.Value, "a number such as 12.5"));
        return null;
    }

    public int? Int(string name, int min, int max)
    {
        var attribute = _element.Attribute(name);
        if (attribute is null)
        {
            return null;
        }

        if (int.TryParse(attribute.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        var expected = string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}");
        _error(attribute, MarkupMessages.BadValue(name, ElementName, attribute.Value, expected));
        return null;
    }

    /// <summary>One of a fixed set of keywords.</summary>
    public T? Choice<T>(string name, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var attribute = _element.Attribute(name);
        if (attribute is null)
        {
            return null;
        }

        if (choices.TryGetValue(attribute.Value.Trim(), out var value))
        {
            return value;
        }

        _error(attribute, MarkupMessages.BadValue(name, ElementName, attribute.Value, "one of " + string.Join(", ", choices.Keys)));
        return null;
    }

    /// <summary>A style name that must exist in the profile; <paramref name="defaultStyle"/> when absent.</summary>
    public string? Style(string name, string? defaultStyle)
    {
        var attribute = _element.Attribute(name);
        var style = attribute?.Value.Trim() ?? defaultStyle;
        if (style is null)
        {
            return null;
        }

        if (_styles.ContainsKey(style))
        {
            return style;
        }

        _error((XObject?)attribute ?? _element, MarkupMessages.UnknownStyle(style, _styles.Keys));
        return null;
    }
}
