using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Markup;

internal sealed partial class MarkupReader
{
    private static readonly string[] BlockNames =
        ["h1", "h2", "h3", "h4", "heading", "p", "table", "image", "qr", "chart", "keep-together", "page-break", "spacer", "bookmark"];

    private static readonly string[] InlineNames = ["b", "u", "span", "page", "pages", "checkbox", "blank", "br"];

    private static readonly string[] OtherNames =
        ["document", "info", "header", "footer", "watermark", "tr", "td", "categories", "c", "series", "v"];

    private static readonly Dictionary<string, TextAlignment> Alignments = new(StringComparer.Ordinal)
    {
        ["left"] = TextAlignment.Left,
        ["center"] = TextAlignment.Center,
        ["right"] = TextAlignment.Right,
        ["justify"] = TextAlignment.Justify,
    };

    private List<Block> ReadBlocks(XElement parent, BlockContext context)
    {
        var blocks = new List<Block>();
        foreach (var node in parent.Nodes())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (node is XText text)
            {
                RejectText(text, DisplayName(parent));
            }
            else if (node is XElement element && ReadBlock(element, context) is { } block)
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }

    private Block? ReadBlock(XElement element, BlockContext context)
    {
        var name = NameOf(element);
        if (!IsAllowed(name, context))
        {
            Error(element, IsKnown(name)
                ? MarkupMessages.ElementNotAllowed(name, DisplayName(element.Parent!))
                : MarkupMessages.UnknownElement(DisplayName(element)));
            return null;
        }

        return name switch
        {
            "h1" or "h2" or "h3" or "h4" => ReadHeading(element, name[1] - '0'),
            "heading" => ReadHeading(element, null),
            "p" => ReadParagraph(element, context == BlockContext.Cell ? _currentTableStyle ?? "table" : "body"),
            "table" => ReadTable(element),
            "image" => ReadImage(element),
            "qr" => ReadQr(element),
            "chart" => ReadChart(element),
            "keep-together" => ReadKeepTogether(element),
            "page-break" => ReadEmpty(element, new PageBreak()),
            "spacer" => ReadSpacer(element),
            "bookmark" => ReadBookmark(element),
            _ => null,
        };
    }

    private static bool IsKnown(string name) =>
        BlockNames.Contains(name, StringComparer.Ordinal) || InlineNames.Contains(name, StringComparer.Ordinal) || OtherNames.Contains(name, StringComparer.Ordinal);

    private static bool IsAllowed(string name, BlockContext context) => context switch
    {
        BlockContext.Body => BlockNames.Contains(name, StringComparer.Ordinal),
        BlockContext.KeepTogether => name != "page-break" && BlockNames.Contains(name, StringComparer.Ordinal),
        BlockContext.HeaderFooter => name is "p" or "table" or "image" or "qr" or "spacer",
        BlockContext.Cell => name is "p" or "image" or "qr",
        _ => false,
    };

    private Heading? ReadHeading(XElement element, int? fixedLevel)
    {
        var attributes = fixedLevel is null
            ? Attributes(element, "level", "style", "align", "bookmark", "title")
            : Attributes(element, "style", "align", "bookmark", "title");
        var level = fixedLevel ?? attributes.Int("level", 1, 9);
        if (fixedLevel is null && attributes.Node("level") is null)
        {
            Error(element, MarkupMessages.MissingAttribute("level", "heading"));
        }

        var isTitle = attributes.Bool("title", false);
        var style = attributes.Style("style", isTitle ? "title" : "heading" + (level ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var alignment = attributes.Choice("align", Alignments);
        var bookmark = ReadBookmarkName(attributes.Node("bookmark"));
        var inlines = ReadInlines(element, new RunFormat(false, false, null));
        if (!inlines.OfType<TextRun>().Any(r => !string.IsNullOrWhiteSpace(r.Text)))
        {
            Error(element, MarkupMessages.EmptyElement(DisplayName(element)));
        }

        if (level is null || style is null)
        {
            return null;
        }

        return new Heading(level.Value, style, inlines)
        {
            Alignment = alignment,
            Bookmark = bookmark,
            IsTitle = isTitle,
            Source = Span(element),
        };
    }

    private Paragraph? ReadParagraph(XElement element, string defaultStyle)
    {
        var attributes = Attributes(element, "style", "align", "role", "keep-with-next");
        var style = attributes.Style("style", defaultStyle);
        var alignment = attributes.Choice("align", Alignments);
        var keepWithNext = attributes.Bool("keep-with-next", false);
        var role = attributes.String("role");
        if (role is not null && !RoleName().IsMatch(role))
        {
            Error(attributes.Node("role")!, MarkupMessages.BadValue("role", "p", role, "a lower-case name such as posting-date"));
        }

        var inlines = ReadInlines(element, new RunFormat(false, false, null));
        if (style is null)
        {
            return null;
        }

        return new Paragraph(style, inlines)
        {
            Alignment = alignment,
            KeepWithNext = keepWithNext,
            Role = role,
            Source = Span(element),
        };
    }

    private KeepTogether? ReadKeepTogether(XElement element)
    {
        Attributes(element);
        var blocks = ReadBlocks(element, BlockContext.KeepTogether);
        if (blocks.Count == 0)
        {
            Warning(element, MarkupMessages.EmptyElement("keep-together"));
        }

        return new KeepTogether(blocks) { Source = Span(element) };
    }

    private Block ReadEmpty(XElement element, Block block)
    {
        Attributes(element);
        RejectContent(element);
        return block with { Source = Span(element) };
    }

    private Spacer? ReadSpacer(XElement element)
    {
        var attributes = Attributes(element, "pt");
        var height = attributes.Positive("pt");
        if (attributes.Node("pt") is null)
        {
            Error(element, MarkupMessages.MissingAttribute("pt", "spacer"));
        }

        RejectContent(element);
        return height is null ? null : new Spacer(height.Value) { Source = Span(element) };
    }

    private Bookmark? ReadBookmark(XElement element)
    {
        var attributes = Attributes(element, "name", "title", "level");
        var name = attributes.Node("name") is { } node ? ReadBookmarkName(node) : null;
        if (attributes.Node("name") is null)
        {
            Error(element, MarkupMessages.MissingAttribute("name", "bookmark"));
        }

        var title = attributes.Required("title");
        var level = attributes.Int("level", 1, 9) ?? 1;
        RejectContent(element);
        return name is null || title is null ? null : new Bookmark(name, title, level) { Source = Span(element) };
    }

    private string? ReadBookmarkName(XAttribute? attribute)
    {
        if (attribute is null)
        {
            return null;
        }

        var name = attribute.Value.Trim();
        if (!BookmarkName().IsMatch(name))
        {
            Error(attribute, MarkupMessages.BadValue(attribute.Name.LocalName, attribute.Parent!.Name.LocalName, attribute.Value,
                "an ASCII identifier (letter first, then letters, digits, '_', '-' or '.', at most 40)"));
            return null;
        }

        if (!_bookmarks.Add(name))
        {
            Error(attribute, MarkupMessages.DuplicateBookmark(name));
            return null;
        }

        return name;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex BookmarkName();

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleName();
}
