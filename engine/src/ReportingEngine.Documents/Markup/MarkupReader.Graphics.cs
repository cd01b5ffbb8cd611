using System.Xml.Linq;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Markup;

internal sealed partial class MarkupReader
{
    private static readonly Dictionary<string, ImagePlacement> PlacementChoices = new(StringComparer.Ordinal)
    {
        ["inline"] = ImagePlacement.Inline,
        ["over-previous"] = ImagePlacement.OverPrevious,
    };

    private static readonly Dictionary<string, ChartKind> ChartKinds = new(StringComparer.Ordinal)
    {
        ["bar"] = ChartKind.Bar,
        ["line"] = ChartKind.Line,
        ["pie"] = ChartKind.Pie,
    };

    /// <summary>Default QR edge length: scannable from a printed notice at arm's length.</summary>
    private const double DefaultQrSizeMm = 25;

    private Image? ReadImage(XElement element)
    {
        var attributes = Attributes(element, "src", "width-mm", "height-mm", "align", "placement", "seal", "alt");
        var src = attributes.Required("src");
        var width = attributes.Positive("width-mm");
        var height = attributes.Positive("height-mm");
        var alignment = attributes.Choice("align", Alignments) ?? TextAlignment.Left;
        var placement = attributes.Choice("placement", PlacementChoices) ?? ImagePlacement.Inline;
        var seal = attributes.Bool("seal", false);
        var alt = attributes.String("alt");
        RejectContent(element);
        if (attributes.Node("width-mm") is null && attributes.Node("height-mm") is null)
        {
            Error(element, MarkupMessages.ImageNeedsSize);
            return null;
        }

        if (src is null)
        {
            return null;
        }

        if (!_resources.TryRead(src, out var png, out var error))
        {
            Error(attributes.Node("src")!, MarkupMessages.ImageNotFound(error));
            return null;
        }

        if (!PngInfo.TryRead(png, out var info))
        {
            Error(attributes.Node("src")!, MarkupMessages.NotPng(src));
            return null;
        }

        if (width is null && height is null)
        {
            return null;
        }

        // One given dimension: the other follows the picture's aspect ratio.
        var widthMm = width ?? height!.Value * info.Width / info.Height;
        var heightMm = height ?? width!.Value * info.Height / info.Width;
        return new Image(png, widthMm, heightMm)
        {
            Alignment = alignment,
            Placement = placement,
            IsSeal = seal,
            Description = alt,
            Source = Span(element),
        };
    }

    private QrCode? ReadQr(XElement element)
    {
        var attributes = Attributes(element, "size-mm", "align", "caption");
        var size = attributes.Positive("size-mm");
        var alignment = attributes.Choice("align", Alignments) ?? TextAlignment.Left;
        var caption = attributes.String("caption");
        var payload = new System.Text.StringBuilder();
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                payload.Append(text.Value);
            }
            else if (node is XElement child)
            {
                Error(child, MarkupMessages.ElementNotAllowed(DisplayName(child), "qr"));
            }
        }

        var value = payload.ToString().Trim();
        if (value.Length == 0)
        {
            Error(element, MarkupMessages.EmptyElement("qr"));
            return null;
        }

        if (System.Text.Encoding.UTF8.GetByteCount(value) > MaxQrBytes)
        {
            Error(element, MarkupMessages.QrTooLong(MaxQrBytes));
            return null;
        }

        if (attributes.Node("size-mm") is not null && size is null)
        {
            return null;
        }

        return new QrCode(value, size ?? DefaultQrSizeMm) { Alignment = alignment, Caption = caption, Source = Span(element) };
    }

    /// <summary>Byte capacity of a version-40 QR code at level M: beyond it no code can carry the payload.</summary>
    private const int MaxQrBytes = 2331;

    private Chart? ReadChart(XElement element)
    {
        var attributes = Attributes(element, "kind", "title", "width-mm", "height-mm", "axis-min", "axis-max");
        var kind = attributes.Choice("kind", ChartKinds);
        if (attributes.Node("kind") is null)
        {
            Error(element, MarkupMessages.MissingAttribute("kind", "chart"));
        }

        var title = attributes.String("title") ?? string.Empty;
        var width = attributes.Positive("width-mm");
        var height = attributes.Positive("height-mm");
        var axisMin = attributes.Number("axis-min");
        var axisMax = attributes.Number("axis-max");
        if (axisMin is { } min && axisMax is { } max && min >= max)
        {
            Error(attributes.Node("axis-max")!, MarkupMessages.AxisRange);
        }

        List<string>? categories = null;
        XElement? categoriesElement = null;
        var series = new List<(ChartSeries Series, XElement Element)>();
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                RejectText(text, "chart");
                continue;
            }

            if (node is not XElement child)
            {
                continue;
            }

            switch (NameOf(child))
            {
                case "categories" when categories is null:
                    Attributes(child);
                    categoriesElement = child;
                    categories = ReadChartItems(child, "c", (item, text) => text);
                    break;
                case "categories":
                    Error(child, MarkupMessages.Duplicate("categories"));
                    break;
                case "series":
                    var seriesAttributes = Attributes(child, "name");
                    var name = seriesAttributes.Required("name") ?? string.Empty;
                    var values = ReadChartItems(child, "v", (item, text) =>
                    {
                        if (TryParseNumber(text, out var number))
                        {
                            return (double?)number;
                        }

                        Error(item, MarkupMessages.BadChartValue(text));
                        return null;
                    });
                    series.Add((new ChartSeries(name, [.. values.Select(v => v ?? 0)]), child));
                    break;
                default:
                    Error(child, IsKnown(NameOf(child))
                        ? MarkupMessages.ElementNotAllowed(DisplayName(child), "chart")
                        : MarkupMessages.UnknownElement(DisplayName(child)));
                    break;
            }
        }

        if (categories is null || categories.Count == 0)
        {
            Error(categoriesElement ?? element, MarkupMessages.ChartNeedsCategories);
        }

        if (series.Count == 0)
        {
            Error(element, MarkupMessages.ChartNeedsSeries);
        }

        foreach (var (s, at) in series)
        {
            if (categories is not null && s.Values.Count != categories.Count)
            {
                Error(at, MarkupMessages.SeriesLength(s.Name, s.Values.Count, categories.Count));
            }
        }

        if (kind == ChartKind.Pie && series.Count > 1)
        {
            Warning(series[1].Element, MarkupMessages.PieOneSeries);
        }

        if (kind is null || categories is null)
        {
            return null;
        }

        return new Chart(kind.Value, title, categories, [.. series.Select(s => s.Series)])
        {
            WidthMm = width,
            HeightMm = height ?? 70,
            AxisMin = axisMin,
            AxisMax = axisMax,
            Source = Span(element),
        };
    }

    private List<T> ReadChartItems<T>(XElement parent, string itemName, Func<XElement, string, T> convert)
    {
        var items = new List<T>();
        foreach (var node in parent.Nodes())
        {
            if (node is XText text)
            {
                RejectText(text, DisplayName(parent));
            }
            else if (node is XElement child)
            {
                if (NameOf(child) != itemName)
                {
                    Error(child, MarkupMessages.ElementNotAllowed(DisplayName(child), DisplayName(parent)));
                    continue;
                }

                Attributes(child);
                items.Add(convert(child, PlainText(child)));
            }
        }

        return items;
    }
}
