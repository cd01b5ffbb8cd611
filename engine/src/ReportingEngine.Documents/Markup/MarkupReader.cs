using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ReportingEngine.Documents.Diagnostics;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Markup;

/// <summary>One parse of one markup text: walks the XML tree, builds the model and collects diagnostics.</summary>
internal sealed partial class MarkupReader
{
    private readonly string _file;
    private readonly DocumentProfile _profile;
    private readonly IResourceResolver _resources;
    private readonly CancellationToken _cancellationToken;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<string> _bookmarks = new(StringComparer.Ordinal);

    public MarkupReader(string file, DocumentProfile profile, IResourceResolver resources, CancellationToken cancellationToken)
    {
        _file = file;
        _profile = profile;
        _resources = resources;
        _cancellationToken = cancellationToken;
    }

    public ParseResult Read(string markup)
    {
        XDocument xml;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
            };
            using var text = new StringReader(markup);
            using var reader = XmlReader.Create(text, settings);
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            _diagnostics.Add(new Diagnostic(_file, ex.LineNumber, ex.LinePosition, DiagnosticSeverity.Error,
                MarkupMessages.MalformedXml(StripPosition(ex.Message))));
            return Result(null);
        }

        var root = xml.Root!;
        if (NameOf(root) != "document")
        {
            Error(root, MarkupMessages.RootMustBeDocument(DisplayName(root)));
            return Result(null);
        }

        var document = ReadDocument(root);
        return Result(document);
    }

    private ParseResult Result(Document? document) => new()
    {
        Document = _diagnostics.Any(d => d.IsError) ? null : document,
        Diagnostics = [.. _diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)],
    };

    private Document? ReadDocument(XElement root)
    {
        var attributes = Attributes(root, "kind", "title", "lang", "id", "date");
        var kind = attributes.String("kind");
        if (kind is not null && !string.Equals(kind, _profile.Kind, StringComparison.Ordinal))
        {
            Error(attributes.Node("kind")!, MarkupMessages.KindMismatch(kind, _profile.Kind));
        }

        var title = attributes.Required("title");
        var id = attributes.Required("id");
        var date = attributes.Date("date", required: true);
        var lang = attributes.String("lang") ?? "zh-CN";

        string? author = null;
        string? subject = null;
        string? watermark = null;
        IReadOnlyList<Block> header = [];
        IReadOnlyList<Block> footer = [];
        var body = new List<Block>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var node in root.Nodes())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (node is XText text)
            {
                RejectText(text, "document");
                continue;
            }

            if (node is not XElement element)
            {
                continue;
            }

            var name = NameOf(element);
            if (name is "info" or "header" or "footer" or "watermark" && !seen.Add(name))
            {
                Error(element, MarkupMessages.Duplicate(name));
                continue;
            }

            switch (name)
            {
                case "info":
                    var info = Attributes(element, "author", "subject");
                    author = info.String("author");
                    subject = info.String("subject");
                    RejectContent(element);
                    break;
                case "header":
                    Attributes(element);
                    header = ReadBlocks(element, BlockContext.HeaderFooter);
                    break;
                case "footer":
                    Attributes(element);
                    footer = ReadBlocks(element, BlockContext.HeaderFooter);
                    break;
                case "watermark":
                    Attributes(element);
                    watermark = PlainText(element);
                    if (watermark.Length == 0)
                    {
                        Error(element, MarkupMessages.EmptyElement("watermark"));
                    }

                    break;
                default:
                    var block = ReadBlock(element, BlockContext.Body);
                    if (block is not null)
                    {
                        body.Add(block);
                    }

                    break;
            }
        }

        if (title is null || id is null || date is null)
        {
            return null;
        }

        return new Document
        {
            Profile = _profile,
            Info = new DocumentInfo(title, lang, id, date.Value) { Author = author, Subject = subject },
            Header = header,
            Footer = footer,
            Watermark = watermark,
            Body = body,
        };
    }

    private AttributeReader Attributes(XElement element, params string[] allowed)
    {
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration)
            {
                continue;
            }

            if (attribute.Name.Namespace != XNamespace.None || Array.IndexOf(allowed, attribute.Name.LocalName) < 0)
            {
                Error(attribute, MarkupMessages.UnknownAttribute(attribute.Name.LocalName, DisplayName(element)));
            }
        }

        return new AttributeReader(element, Error, _profile.Styles);
    }

    /// <summary>Element name, or a marker that never matches a vocabulary name when it has a namespace.</summary>
    private static string NameOf(XElement element) =>
        element.Name.Namespace == XNamespace.None ? element.Name.LocalName : "{" + element.Name.NamespaceName + "}" + element.Name.LocalName;

    private static string DisplayName(XElement element) => element.Name.LocalName;

    private void RejectText(XText text, string parent)
    {
        if (!string.IsNullOrWhiteSpace(text.Value))
        {
            Error(text, MarkupMessages.TextNotAllowed(parent, Excerpt(text.Value)));
        }
    }

    private void RejectContent(XElement element)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                RejectText(text, DisplayName(element));
            }
            else if (node is XElement child)
            {
                Error(child, MarkupMessages.ElementNotAllowed(DisplayName(child), DisplayName(element)));
            }
        }
    }

    /// <summary>Text content with whitespace collapsed; child elements are errors.</summary>
    private string PlainText(XElement element)
    {
        var pieces = new List<InlinePiece>();
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                pieces.Add(new InlinePiece.Text(text.Value, default));
            }
            else if (node is XElement child)
            {
                Error(child, MarkupMessages.ElementNotAllowed(DisplayName(child), DisplayName(element)));
            }
        }

        return string.Concat(InlineCollapser.Collapse(pieces).OfType<TextRun>().Select(r => r.Text));
    }

    private static string Excerpt(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 20 ? trimmed : string.Concat(trimmed.AsSpan(0, 20), "…");
    }

    private void Error(XObject at, string message) => Add(at, DiagnosticSeverity.Error, message);

    private void Warning(XObject at, string message) => Add(at, DiagnosticSeverity.Warning, message);

    private void Add(XObject at, DiagnosticSeverity severity, string message)
    {
        var (line, column) = Position(at);
        _diagnostics.Add(new Diagnostic(_file, line, column, severity, message));
    }

    private SourceSpan Span(XObject at)
    {
        var (line, column) = Position(at);
        return new SourceSpan(_file, line, column);
    }

    private static (int Line, int Column) Position(XObject at)
    {
        var info = (IXmlLineInfo)at;
        if (!info.HasLineInfo())
        {
            return (0, 0);
        }

        // XmlReader reports an element at its name; editors and users count from the '<'.
        var column = at is XElement ? Math.Max(1, info.LinePosition - 1) : info.LinePosition;
        return (info.LineNumber, column);
    }

    private static string StripPosition(string message) => XmlPositionSuffix().Replace(message, string.Empty);

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex XmlPositionSuffix();

    internal static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
