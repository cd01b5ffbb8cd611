using DocumentFormat.OpenXml;
using M = ReportingEngine.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>Tables: a fixed grid scaled to the available width, repeated header rows, spans.</summary>
internal sealed partial class BlockRenderer
{
    /// <summary>Word's default left + right cell margin (108 twips each side, TableNormal).</summary>
    private const int CellMarginTwips = 216;

    /// <summary>Column widths in twips, proportional to <paramref name="relative"/>, summing exactly to <paramref name="total"/>.</summary>
    internal static int[] ScaleColumns(IReadOnlyList<double> relative, int total)
    {
        var count = Math.Max(relative.Count, 1);
        var weights = relative.Count == 0 ? [1.0] : relative.Select(w => w > 0 && double.IsFinite(w) ? w : 0).ToArray();
        var sum = weights.Sum();
        if (sum <= 0)
        {
            weights = Enumerable.Repeat(1.0, count).ToArray();
            sum = count;
        }

        var widths = new int[count];
        var cumulative = 0.0;
        var previous = 0;
        for (var i = 0; i < count; i++)
        {
            cumulative += weights[i];
            var edge = i == count - 1 ? total : (int)Math.Round(total * cumulative / sum, MidpointRounding.AwayFromZero);
            widths[i] = edge - previous;
            previous = edge;
        }

        return widths;
    }

    private W.Table RenderTable(M.Table table, Flow flow)
    {
        var grid = ScaleColumns(table.Columns, flow.WidthTwips);
        var properties = new W.TableProperties
        {
            TableWidth = new W.TableWidth { Width = Num(flow.WidthTwips), Type = W.TableWidthUnitValues.Dxa },
            TableBorders = Borders(table.Borders),
            TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            TableLook = new W.TableLook { Val = "04A0", FirstRow = table.HeaderRows > 0, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
        };
        var result = new W.Table(properties, new W.TableGrid(grid.Select(w => new W.GridColumn { Width = Num(w) })));

        // Cells a row span covers are omitted by the model; Word wants a vMerge continuation there.
        var pending = new PendingSpan?[grid.Length];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var row = table.Rows[r];
            var isHeader = r < table.HeaderRows;
            var lastRow = r == table.Rows.Count - 1;
            var rowFlow = flow with
            {
                // Inside a keep-together group every row keeps with the next; a header row always does.
                KeepNext = isHeader || (flow.KeepLines && (!lastRow || flow.KeepNext)),
                KeepLines = flow.KeepLines,
                DefaultStyle = table.Style,
            };

            var rowProperties = new W.TableRowProperties();
            if (row.CantSplit || flow.KeepLines)
            {
                rowProperties.AppendChild(new W.CantSplit());
            }

            if (isHeader)
            {
                rowProperties.AppendChild(new W.TableHeader());
            }

            var tableRow = new W.TableRow(rowProperties);
            var column = 0;
            foreach (var cell in row.Cells)
            {
                column = FillContinuations(tableRow, pending, grid, column, stopAtFree: true, table.Style);
                if (column >= grid.Length)
                {
                    throw new InvalidOperationException($"{table.Source?.ToString() ?? "table"}: row {r + 1} has more cells than the table's {grid.Length} columns.");
                }

                var span = Math.Clamp(cell.ColSpan, 1, grid.Length - column);
                var width = grid.Skip(column).Take(span).Sum();
                var merge = cell.RowSpan > 1 ? new W.VerticalMerge { Val = W.MergedCellValues.Restart } : null;
                tableRow.AppendChild(RenderCell(cell, span, width, merge, rowFlow));
                if (cell.RowSpan > 1)
                {
                    pending[column] = new PendingSpan(cell.RowSpan - 1, span, cell);
                }

                column += span;
            }

            FillContinuations(tableRow, pending, grid, column, stopAtFree: false, table.Style);
            result.AppendChild(tableRow);
        }

        return result;
    }

    private int FillContinuations(W.TableRow row, PendingSpan?[] pending, int[] grid, int column, bool stopAtFree, string style)
    {
        while (column < grid.Length)
        {
            if (pending[column] is { } span)
            {
                var width = grid.Skip(column).Take(span.ColSpan).Sum();
                var properties = CellProperties(span.Origin, span.ColSpan, width, new W.VerticalMerge());
                row.AppendChild(new W.TableCell(properties, EmptyCellParagraph(style)));
                pending[column] = span.Remaining > 1 ? span with { Remaining = span.Remaining - 1 } : null;
                column += span.ColSpan;
            }
            else if (stopAtFree)
            {
                return column;
            }
            else
            {
                // A short row: pad with empty cells so the grid stays rectangular.
                row.AppendChild(new W.TableCell(
                    new W.TableCellProperties { TableCellWidth = new W.TableCellWidth { Width = Num(grid[column]), Type = W.TableWidthUnitValues.Dxa } },
                    EmptyCellParagraph(style)));
                column++;
            }
        }

        return column;
    }

    private W.TableCell RenderCell(M.TableCell cell, int span, int width, W.VerticalMerge? merge, Flow rowFlow)
    {
        var result = new W.TableCell(CellProperties(cell, span, width, merge));
        Render(cell.Blocks, result, rowFlow with { WidthTwips = Math.Max(width - CellMarginTwips, 1), DefaultAlignment = cell.Alignment });
        if (result.LastChild is not W.Paragraph)
        {
            // A cell must end with a paragraph (ECMA-376 §17.4.66).
            result.AppendChild(EmptyCellParagraph(rowFlow.DefaultStyle));
        }

        return result;
    }

    private static W.TableCellProperties CellProperties(M.TableCell cell, int span, int width, W.VerticalMerge? merge) => new()
    {
        TableCellWidth = new W.TableCellWidth { Width = Num(width), Type = W.TableWidthUnitValues.Dxa },
        GridSpan = span > 1 ? new W.GridSpan { Val = span } : null,
        VerticalMerge = merge,
        Shading = IsHexColor(cell.Shading) ? new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = cell.Shading!.ToUpperInvariant() } : null,
        TableCellVerticalAlignment = new W.TableCellVerticalAlignment
        {
            Val = cell.VerticalAlignment switch
            {
                M.VerticalAlignment.Top => W.TableVerticalAlignmentValues.Top,
                M.VerticalAlignment.Bottom => W.TableVerticalAlignmentValues.Bottom,
                _ => W.TableVerticalAlignmentValues.Center,
            },
        },
    };

    private W.Paragraph EmptyCellParagraph(string? style) =>
        new(new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = _styles.ParagraphStyleId(style) } });

    private static W.TableBorders Borders(M.TableBorders borders)
    {
        var outer = borders != M.TableBorders.None;
        var inner = borders == M.TableBorders.All;
        return new W.TableBorders(
            Border<W.TopBorder>(outer),
            Border<W.LeftBorder>(outer),
            Border<W.BottomBorder>(outer),
            Border<W.RightBorder>(outer),
            Border<W.InsideHorizontalBorder>(inner),
            Border<W.InsideVerticalBorder>(inner));
    }

    private static T Border<T>(bool visible)
        where T : W.BorderType, new() => visible
            ? new T { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" }
            : new T { Val = W.BorderValues.Nil };

    private static bool IsHexColor(string? value) =>
        value is { Length: 6 } && value.All(char.IsAsciiHexDigit);

    private readonly record struct PendingSpan(int Remaining, int ColSpan, M.TableCell Origin);
}
