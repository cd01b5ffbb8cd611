using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ReportingEngine.Documents.Diagnostics;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Profiles;

/// <summary>One read of one profile.json: walks the JSON by hand so every problem has a path and a position.</summary>
internal sealed partial class ProfileReader
{
    /// <summary>The regulation font names a style may use (R-NOT-2 names 黑体 and 宋体).</summary>
    internal static readonly string[] FontFamilies = ["黑体", "宋体", "楷体", "仿宋"];

    /// <summary>Conformance checks a profile may map to a regulation ID in <c>rules</c>.</summary>
    internal static readonly string[] CheckNames = ["title", "content", "paper", "margins", "styles", "line-spacing", "roles", "seal"];

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly Dictionary<string, TextAlignment> Alignments = new(StringComparer.Ordinal)
    {
        ["left"] = TextAlignment.Left,
        ["center"] = TextAlignment.Center,
        ["right"] = TextAlignment.Right,
        ["justify"] = TextAlignment.Justify,
    };

    private readonly string _file;
    private readonly string _kind;
    private readonly List<Diagnostic> _diagnostics = [];
    private JsonPositions _positions = null!;

    public ProfileReader(string file, string kind)
    {
        _file = file;
        _kind = kind;
    }

    public ProfileLoadResult Read(byte[] utf8)
    {
        // A UTF-8 byte order mark is legal in files saved by Windows editors.
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            utf8 = utf8[3..];
        }

        _positions = new JsonPositions(utf8);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var (line, column) = _positions.FromException(ex.LineNumber, ex.BytePositionInLine);
            _diagnostics.Add(new Diagnostic(_file, line, column, DiagnosticSeverity.Error, ProfileMessages.Malformed(FirstSentence(ex.Message))));
            return Result(null);
        }

        using (json)
        {
            _positions.Scan(new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Result(ReadProfile(json.RootElement));
        }
    }

    private ProfileLoadResult Result(DocumentProfile? profile) => new()
    {
        Profile = _diagnostics.Any(d => d.IsError) ? null : profile,
        Diagnostics = [.. _diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)],
    };

    private DocumentProfile? ReadProfile(JsonElement root)
    {
        if (!Expect(root, string.Empty, JsonValueKind.Object, "an object"))
        {
            return null;
        }

        AllowOnly(root, string.Empty, "kind", "page", "styles", "requiredRoles", "sealRequired", "requiredStyles",
            "requiredMargins", "requiredPaper", "rules", "implements", "description");

        if (root.TryGetProperty("kind", out var kind) && Expect(kind, "kind", JsonValueKind.String, "a string")
            && !string.Equals(kind.GetString(), _kind, StringComparison.Ordinal))
        {
            ErrorAt("kind", ProfileMessages.KindMismatch(kind.GetString()!, _kind));
        }

        var page = root.TryGetProperty("page", out var pageElement) ? ReadPage(pageElement) : PageSetup.A4Portrait;

        Dictionary<string, TextStyle>? styles = null;
        if (root.TryGetProperty("styles", out var stylesElement))
        {
            styles = ReadStyles(stylesElement, "styles");
            if (styles is not null && !styles.ContainsKey("body"))
            {
                ErrorAt("styles", ProfileMessages.NoBody);
            }
        }
        else
        {
            Error(0, 0, ProfileMessages.Missing("styles"));
        }

        var requiredStyles = root.TryGetProperty("requiredStyles", out var requiredElement)
            ? ReadStyles(requiredElement, "requiredStyles")
            : [];
        if (styles is not null && requiredStyles is not null)
        {
            foreach (var name in requiredStyles.Keys.Where(n => !styles.ContainsKey(n)))
            {
                PropertyError("requiredStyles." + name, ProfileMessages.RequiredStyleUndefined(name));
            }
        }

        var requiredRoles = ReadStringList(root, "requiredRoles", RoleName(), "a lower-case role name such as posting-date");
        var implements = ReadStringList(root, "implements", RuleId(), "a regulation ID such as R-NOT-2");
        var sealRequired = root.TryGetProperty("sealRequired", out var seal) && ReadBool(seal, "sealRequired");
        var requiredMargins = root.TryGetProperty("requiredMargins", out var marginsElement) ? ReadRequiredMargins(marginsElement) : null;

        string? requiredPaper = null;
        if (root.TryGetProperty("requiredPaper", out var paper) && Expect(paper, "requiredPaper", JsonValueKind.String, "a string"))
        {
            requiredPaper = paper.GetString()!;
            if (!PaperSizes.ByName.ContainsKey(requiredPaper))
            {
                ErrorAt("requiredPaper", ProfileMessages.BadValue("requiredPaper", requiredPaper, "one of " + string.Join(", ", PaperSizes.ByName.Keys)));
            }
        }

        var rules = root.TryGetProperty("rules", out var rulesElement) ? ReadRules(rulesElement) : [];

        if (page is null || styles is null || requiredStyles is null || rules is null)
        {
            return null;
        }

        return new DocumentProfile
        {
            Kind = _kind,
            Page = page,
            Styles = styles,
            RequiredRoles = requiredRoles,
            SealRequired = sealRequired,
            RequiredStyles = requiredStyles,
            RequiredMargins = requiredMargins,
            RequiredPaper = requiredPaper,
            RuleIds = rules,
            Implements = implements,
        };
    }

    private PageSetup? ReadPage(JsonElement page)
    {
        if (!Expect(page, "page", JsonValueKind.Object, "an object"))
        {
            return null;
        }

        AllowOnly(page, "page", "size", "orientation", "widthMm", "heightMm", "marginsMm", "headerMm", "footerMm");
        double width = 210, height = 297;
        var hasSize = page.TryGetProperty("size", out var size);
        var hasWidth = page.TryGetProperty("widthMm", out var widthElement);
        var hasHeight = page.TryGetProperty("heightMm", out var heightElement);
        if (hasSize && (hasWidth || hasHeight))
        {
            ErrorAt("page.size", ProfileMessages.PageSizeConflict);
        }
        else if (hasWidth != hasHeight)
        {
            ErrorAt(hasWidth ? "page.widthMm" : "page.heightMm", ProfileMessages.PageSizeIncomplete);
        }
        else if (hasWidth)
        {
            width = ReadNumber(widthElement, "page.widthMm", 50, 2000) ?? width;
            height = ReadNumber(heightElement, "page.heightMm", 50, 2000) ?? height;
        }
        else if (hasSize && Expect(size, "page.size", JsonValueKind.String, "a string"))
        {
            if (PaperSizes.ByName.TryGetValue(size.GetString()!, out var paper))
            {
                (width, height) = paper;
            }
            else
            {
                ErrorAt("page.size", ProfileMessages.BadValue("page.size", size.GetString()!, "one of " + string.Join(", ", PaperSizes.ByName.Keys)));
            }
        }

        if (page.TryGetProperty("orientation", out var orientation) && Expect(orientation, "page.orientation", JsonValueKind.String, "a string"))
        {
            switch (orientation.GetString())
            {
                case "portrait":
                    (width, height) = (Math.Min(width, height), Math.Max(width, height));
                    break;
                case "landscape":
                    (width, height) = (Math.Max(width, height), Math.Min(width, height));
                    break;
                default:
                    ErrorAt("page.orientation", ProfileMessages.BadValue("page.orientation", orientation.GetString()!, "portrait or landscape"));
                    break;
            }
        }

        var defaults = PageSetup.A4Portrait;
        double top = defaults.MarginTopMm, bottom = defaults.MarginBottomMm, left = defaults.MarginLeftMm, right = defaults.MarginRightMm;
        if (page.TryGetProperty("marginsMm", out var margins) && Expect(margins, "page.marginsMm", JsonValueKind.Object, "an object"))
        {
            AllowOnly(margins, "page.marginsMm", "top", "bottom", "left", "right");
            top = OptionalNumber(margins, "page.marginsMm", "top", 0, 200) ?? top;
            bottom = OptionalNumber(margins, "page.marginsMm", "bottom", 0, 200) ?? bottom;
            left = OptionalNumber(margins, "page.marginsMm", "left", 0, 200) ?? left;
            right = OptionalNumber(margins, "page.marginsMm", "right", 0, 200) ?? right;
        }

        if (left + right >= width)
        {
            ErrorAt("page.marginsMm", ProfileMessages.MarginsTooWide("left and right"));
        }

        if (top + bottom >= height)
        {
            ErrorAt("page.marginsMm", ProfileMessages.MarginsTooWide("top and bottom"));
        }

        return new PageSetup(width, height, top, bottom, left, right)
        {
            HeaderMm = OptionalNumber(page, "page", "headerMm", 0, 100) ?? defaults.HeaderMm,
            FooterMm = OptionalNumber(page, "page", "footerMm", 0, 100) ?? defaults.FooterMm,
        };
    }

    private Dictionary<string, TextStyle>? ReadStyles(JsonElement element, string path)
    {
        if (!Expect(element, path, JsonValueKind.Object, "an object of named styles"))
        {
            return null;
        }

        var styles = new Dictionary<string, TextStyle>(StringComparer.Ordinal);
        var ok = true;
        foreach (var property in element.EnumerateObject())
        {
            var stylePath = JsonPositions.Join(path, property.Name);
            if (!StyleName().IsMatch(property.Name))
            {
                PropertyError(stylePath, ProfileMessages.BadValue(path, property.Name, "a style name of letters, digits and '-' such as signoff"));
                ok = false;
                continue;
            }

            if (ReadStyle(property.Value, stylePath) is { } style)
            {
                styles[property.Name] = style;
            }
            else
            {
                ok = false;
            }
        }

        return ok ? styles : null;
    }

    private TextStyle? ReadStyle(JsonElement element, string path)
    {
        if (!Expect(element, path, JsonValueKind.Object, "an object"))
        {
            return null;
        }

        var before = _diagnostics.Count;
        AllowOnly(element, path, "fontFamily", "sizePt", "bold", "lineSpacing", "alignment", "spaceBeforePt", "spaceAfterPt", "firstLineIndentChars");
        string? family = null;
        if (element.TryGetProperty("fontFamily", out var familyElement))
        {
            if (Expect(familyElement, path + ".fontFamily", JsonValueKind.String, "a string"))
            {
                family = familyElement.GetString()!;
                if (!FontFamilies.Contains(family, StringComparer.Ordinal))
                {
                    ErrorAt(path + ".fontFamily", ProfileMessages.BadValue(path + ".fontFamily", family, "one of " + string.Join(", ", FontFamilies)));
                }
            }
        }
        else
        {
            ErrorAt(path, ProfileMessages.Missing(path + ".fontFamily"));
        }

        double? size = null;
        if (element.TryGetProperty("sizePt", out var sizeElement))
        {
            if (sizeElement.ValueKind == JsonValueKind.String)
            {
                if (ChineseFontSizes.Points.TryGetValue(sizeElement.GetString()!, out var points))
                {
                    size = points;
                }
                else
                {
                    ErrorAt(path + ".sizePt", ProfileMessages.BadValue(path + ".sizePt", sizeElement.GetString()!,
                        "points as a number, or a size name: " + string.Join(", ", ChineseFontSizes.Points.Keys)));
                }
            }
            else
            {
                size = ReadNumber(sizeElement, path + ".sizePt", 1, 200);
            }
        }
        else
        {
            ErrorAt(path, ProfileMessages.Missing(path + ".sizePt"));
        }

        var bold = element.TryGetProperty("bold", out var boldElement) && ReadBool(boldElement, path + ".bold");
        var lineSpacing = OptionalNumber(element, path, "lineSpacing", 0.5, 5) ?? 1.0;
        var alignment = TextAlignment.Justify;
        if (element.TryGetProperty("alignment", out var alignElement) && Expect(alignElement, path + ".alignment", JsonValueKind.String, "a string"))
        {
            if (!Alignments.TryGetValue(alignElement.GetString()!, out alignment))
            {
                ErrorAt(path + ".alignment", ProfileMessages.BadValue(path + ".alignment", alignElement.GetString()!, "left, center, right or justify"));
            }
        }

        var spaceBefore = OptionalNumber(element, path, "spaceBeforePt", 0, 500) ?? 0;
        var spaceAfter = OptionalNumber(element, path, "spaceAfterPt", 0, 500) ?? 0;
        var indent = OptionalNumber(element, path, "firstLineIndentChars", 0, 20) ?? 0;
        if (_diagnostics.Skip(before).Any(d => d.IsError) || family is null || size is null)
        {
            return null;
        }

        return new TextStyle(family, size.Value)
        {
            Bold = bold,
            LineSpacing = lineSpacing,
            Alignment = alignment,
            SpaceBeforePt = spaceBefore,
            SpaceAfterPt = spaceAfter,
            FirstLineIndentChars = indent,
        };
    }

    private RequiredMargins? ReadRequiredMargins(JsonElement element)
    {
        if (!Expect(element, "requiredMargins", JsonValueKind.Object, "an object"))
        {
            return null;
        }

        AllowOnly(element, "requiredMargins", "leftMm", "rightMm", "topMm", "bottomMm");
        return new RequiredMargins(
            OptionalNumber(element, "requiredMargins", "leftMm", 0, 200),
            OptionalNumber(element, "requiredMargins", "rightMm", 0, 200),
            OptionalNumber(element, "requiredMargins", "topMm", 0, 200),
            OptionalNumber(element, "requiredMargins", "bottomMm", 0, 200));
    }

    private Dictionary<string, string>? ReadRules(JsonElement element)
    {
        if (!Expect(element, "rules", JsonValueKind.Object, "an object"))
        {
            return null;
        }

        AllowOnly(element, "rules", CheckNames);
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var path = "rules." + property.Name;
            if (!CheckNames.Contains(property.Name, StringComparer.Ordinal) || !Expect(property.Value, path, JsonValueKind.String, "a string"))
            {
                continue;
            }

            var id = property.Value.GetString()!;
            if (!RuleId().IsMatch(id))
            {
                ErrorAt(path, ProfileMessages.BadValue(path, id, "a regulation ID such as R-NOT-2"));
                continue;
            }

            rules[property.Name] = id;
        }

        return rules;
    }

    private List<string> ReadStringList(JsonElement root, string name, Regex pattern, string expected)
    {
        var list = new List<string>();
        if (!root.TryGetProperty(name, out var element) || !Expect(element, name, JsonValueKind.Array, "an array of strings"))
        {
            return list;
        }

        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var path = name + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            index++;
            if (!Expect(item, path, JsonValueKind.String, "a string"))
            {
                continue;
            }

            var value = item.GetString()!;
            if (!pattern.IsMatch(value))
            {
                ErrorAt(path, ProfileMessages.BadValue(path, value, expected));
                continue;
            }

            list.Add(value);
        }

        return list;
    }

    private bool ReadBool(JsonElement element, string path)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        ErrorAt(path, ProfileMessages.WrongType(path, "true or false"));
        return false;
    }

    private double? OptionalNumber(JsonElement parent, string parentPath, string name, double min, double max) =>
        parent.TryGetProperty(name, out var element) ? ReadNumber(element, JsonPositions.Join(parentPath, name), min, max) : null;

    private double? ReadNumber(JsonElement element, string path, double min, double max)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value))
        {
            ErrorAt(path, ProfileMessages.WrongType(path, "a number"));
            return null;
        }

        if (value < min || value > max)
        {
            ErrorAt(path, ProfileMessages.OutOfRange(path, value, string.Create(CultureInfo.InvariantCulture, $"{min} to {max}")));
            return null;
        }

        return value;
    }

    private bool Expect(JsonElement element, string path, JsonValueKind kind, string expected)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        ErrorAt(path, ProfileMessages.WrongType(path.Length == 0 ? "(root)" : path, expected));
        return false;
    }

    private void AllowOnly(JsonElement element, string path, params string[] names)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.Ordinal))
            {
                PropertyError(JsonPositions.Join(path, property.Name), ProfileMessages.UnknownProperty(JsonPositions.Join(path, property.Name)));
            }
        }
    }

    private void ErrorAt(string path, string message)
    {
        var (line, column) = _positions.Value(path);
        Error(line, column, message);
    }

    private void PropertyError(string path, string message)
    {
        var (line, column) = _positions.Property(path);
        Error(line, column, message);
    }

    private void Error(int line, int column, string message) =>
        _diagnostics.Add(new Diagnostic(_file, line, column, DiagnosticSeverity.Error, message));

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex StyleName();

    [GeneratedRegex("^R-[A-Z]{2,4}-[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();
}
