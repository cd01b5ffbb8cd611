using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Markup;

internal sealed partial class MarkupReader
{
    private static readonly Dictionary<string, TableBorders> BorderChoices = new(StringComparer.Ordinal)
    {
        ["all"] = TableBorders.All,
        ["none"] = TableBorders.None,
        ["outer"] = TableBorders.Outer,
    };

    private static readonly Dictionary<string, VerticalAlignment> VerticalChoices = new(StringComparer.Ordinal)
    {
        ["top"] = VerticalAlignment.Top,
        ["center"] = VerticalAlignment.Center,
        ["bottom"] = VerticalAlignment.Bottom,
    };

    /// <summary>Style of the table being read: the default for its cells' paragraphs.</summary>
    private string? _currentTableStyle;

    private Table? ReadTable(XElement element)
    {
        var attributes = Attributes(element, "columns", "header-rows", "borders", "style");
        var columns = ReadColumns(element, attributes);
        var headerRows = attributes.Int("header-rows", 0, 1000) ?? 0;
        var borders = attributes.Choice("borders", BorderChoices) ?? TableBorders.All;
        var style = attributes.Style("style", "table");

        var outerStyle = _currentTableStyle;
        _currentTableStyle = style;
        var rows = new List<TableRow>();
        var rowElements = new List<XElement>();
        try
        {
            foreach (var node in element.Nodes())
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (node is XText text)
                {
                    RejectText(text, "table");
                }
                else if (node is XElement child)
                {
                    if (NameOf(child) != "tr")
                    {
                        Error(child, IsKnown(NameOf(child))
                            ? MarkupMessages.ElementNotAllowed(DisplayName(child), "table")
                            : MarkupMessages.UnknownElement(DisplayName(child)));
                        continue;
                    }

                    rows.Add(ReadRow(child));
                    rowElements.Add(child);
                }
            }
        }
        finally
        {
            _currentTableStyle = outerStyle;
        }

        if (rows.Count == 0)
        {
            Error(element, MarkupMessages.EmptyTable);
        }

        if (headerRows > rows.Count && attributes.Node("header-rows") is { } headerNode)
        {
            Error(headerNode, MarkupMessages.TooManyHeaderRows(headerRows, rows.Count));
        }

        if (columns is not null)
        {
            CheckGrid(columns.Count, rows, rowElements);
        }

        if (columns is null || style is null)
        {
            return null;
        }

        return new Table(columns, rows) { HeaderRows = headerRows, Borders = borders, Style = style, Source = Span(element) };
    }

    private List<double>? ReadColumns(XElement element, AttributeReader attributes)
    {
        var node = attributes.Node("columns");
        if (node is null)
        {
            Error(element, MarkupMessages.MissingAttribute("columns", "table"));
            return null;
        }

        var columns = new List<double>();
        foreach (var part in node.Value.Split(','))
        {
            if (!TryParseNumber(part, out var width) || width <= 0)
            {
                Error(node, MarkupMessages.BadValue("columns", "table", node.Value, "relative widths greater than 0 separated by commas, e.g. 3,5,2"));
                return null;
            }

            columns.Add(width);
        }

        return columns;
    }

    private TableRow ReadRow(XElement element)
    {
        var attributes = Attributes(element, "cant-split");
        var cantSplit = attributes.Bool("cant-split", true);
        var cells = new List<TableCell>();
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                RejectText(text, "tr");
            }
            else if (node is XElement child)
            {
                if (NameOf(child) != "td")
                {
                    Error(child, IsKnown(NameOf(child))
                        ? MarkupMessages.ElementNotAllowed(DisplayName(child), "tr")
                        : MarkupMessages.UnknownElement(DisplayName(child)));
                    continue;
                }

                cells.Add(ReadCell(child));
            }
        }

        return new TableRow(cells) { CantSplit = cantSplit };
    }

    private TableCell ReadCell(XElement element)
    {
        var attributes = Attributes(element, "colspan", "rowspan", "align", "valign", "shading");
        var colSpan = attributes.Int("colspan", 1, 1000) ?? 1;
        var rowSpan = attributes.Int("rowspan", 1, 100000) ?? 1;
        var alignment = attributes.Choice("align", Alignments);
        var vertical = attributes.Choice("valign", VerticalChoices) ?? VerticalAlignment.Center;
        var shading = attributes.String("shading");
        if (shading is not null && !HexColor().IsMatch(shading))
        {
            Error(attributes.Node("shading")!, MarkupMessages.BadValue("shading", "td", shading, "an RGB hex colour such as F2F2F2"));
            shading = null;
        }

        // A cell holds either block children (<p>, <image>, <qr>) or inline content forming one paragraph.
        var hasBlocks = element.Elements().Any(e => NameOf(e) is "p" or "image" or "qr");
        IReadOnlyList<Block> blocks;
        if (hasBlocks)
        {
            blocks = ReadBlocks(element, BlockContext.Cell);
        }
        else
        {
            var inlines = ReadInlines(element, new RunFormat(false, false, null));
            blocks = inlines.Count == 0 || _currentTableStyle is null
                ? []
                : [new Paragraph(_currentTableStyle, inlines) { Source = Span(element) }];
        }

        return new TableCell(blocks)
        {
            ColSpan = colSpan,
            RowSpan = rowSpan,
            Alignment = alignment,
            VerticalAlignment = vertical,
            Shading = shading?.ToUpperInvariant(),
        };
    }

    /// <summary>Checks that every row covers exactly the table's columns, counting spans from rows above.</summary>
    private void CheckGrid(int columnCount, List<TableRow> rows, List<XElement> rowElements)
    {
        // covered[c] = rows (including the current one) still covered by a rowspan that started above.
        var covered = new int[columnCount];
        for (var r = 0; r < rows.Count; r++)
        {
            var cellElements = rowElements[r].Elements().Where(e => NameOf(e) == "td").ToList();
            var column = 0;
            var overflow = false;
            var reported = false;
            var fromAbove = covered.Count(c => c > 0);
            for (var i = 0; i < rows[r].Cells.Count; i++)
            {
                var cell = rows[r].Cells[i];
                while (column < columnCount && covered[column] > 0)
                {
                    column++;
                }

                if (cell.ColSpan > columnCount)
                {
                    Error(cellElements[i], MarkupMessages.ColSpanBeyondColumns(cell.ColSpan, columnCount));
                    reported = true;
                    break;
                }

                if (column + cell.ColSpan > columnCount)
                {
                    overflow = true;
                    break;
                }

                for (var c = column; c < column + cell.ColSpan; c++)
                {
                    covered[c] = cell.RowSpan;
                }

                if (r + cell.RowSpan > rows.Count)
                {
                    Error(cellElements[i], MarkupMessages.RowSpanBeyondRows(cell.RowSpan, rows.Count - r));
                }

                column += cell.ColSpan;
            }

            var filled = covered.Count(c => c > 0);
            if (!reported && (overflow || filled != columnCount))
            {
                var cellColumns = rows[r].Cells.Sum(c => c.ColSpan);
                Error(rowElements[r], MarkupMessages.RowCellCount(r + 1, cellColumns, fromAbove, columnCount));
            }

            for (var c = 0; c < columnCount; c++)
            {
                if (covered[c] > 0)
                {
                    covered[c]--;
                }
            }
        }
    }

    [GeneratedRegex("^[0-9A-Fa-f]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColor();
}
