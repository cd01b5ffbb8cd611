using System.Xml.Linq;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Markup;

internal sealed partial class MarkupReader
{
    /// <summary>Reads the inline content of a paragraph-like element and collapses its whitespace.</summary>
    private IReadOnlyList<Inline> ReadInlines(XElement container, RunFormat format)
    {
        var pieces = new List<InlinePiece>();
        CollectInlines(container, format, pieces);
        return InlineCollapser.Collapse(pieces);
    }

    private void CollectInlines(XElement container, RunFormat format, List<InlinePiece> pieces)
    {
        foreach (var node in container.Nodes())
        {
            if (node is XText text)
            {
                pieces.Add(new InlinePiece.Text(text.Value, format));
                continue;
            }

            if (node is not XElement element)
            {
                continue;
            }

            var name = NameOf(element);
            switch (name)
            {
                case "b":
                    Attributes(element);
                    CollectInlines(element, format with { Bold = true }, pieces);
                    break;
                case "u":
                    Attributes(element);
                    CollectInlines(element, format with { Underline = true }, pieces);
                    break;
                case "span":
                    var span = Attributes(element, "style");
                    if (span.Node("style") is null)
                    {
                        Error(element, MarkupMessages.MissingAttribute("style", "span"));
                    }

                    var style = span.Style("style", null);
                    CollectInlines(element, format with { Style = style ?? format.Style }, pieces);
                    break;
                case "page":
                    Attributes(element);
                    RejectContent(element);
                    pieces.Add(new InlinePiece.Atom(new FieldRun(FieldKind.Page)));
                    break;
                case "pages":
                    Attributes(element);
                    RejectContent(element);
                    pieces.Add(new InlinePiece.Atom(new FieldRun(FieldKind.Pages)));
                    break;
                case "checkbox":
                    var checkbox = Attributes(element, "checked");
                    RejectContent(element);
                    pieces.Add(new InlinePiece.Atom(new Checkbox(checkbox.Bool("checked", false))));
                    break;
                case "blank":
                    var blank = Attributes(element, "chars");
                    RejectContent(element);
                    pieces.Add(new InlinePiece.Atom(new Blank(blank.Int("chars", 1, 100) ?? DefaultBlankChars)));
                    break;
                case "br":
                    Attributes(element);
                    RejectContent(element);
                    pieces.Add(new InlinePiece.Break());
                    break;
                default:
                    Error(element, IsKnown(name)
                        ? MarkupMessages.ElementNotAllowed(name, DisplayName(container))
                        : MarkupMessages.UnknownElement(DisplayName(element)));
                    break;
            }
        }
    }

    /// <summary>Width of a <c>&lt;blank/&gt;</c> without <c>chars</c>: room for a handwritten name.</summary>
    private const int DefaultBlankChars = 6;
}
