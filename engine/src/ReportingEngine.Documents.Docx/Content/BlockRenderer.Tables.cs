using M = ReportingEngine.Documents.Model;

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

    private void WriteTable(M.Table table, Flow flow)
    {
        var grid = ScaleColumns(table.Columns, flow.WidthTwips);
        _w.Open("tbl");
        _w.Open("tblPr");
        _w.Open("tblW");
        _w.Set("w", flow.WidthTwips);
        _w.Set("type", "dxa");
        _w.End();
        WriteBorders(table.Borders);
        _w.Open("tblLayout");
        _w.Set("type", "fixed");
        _w.End();
        _w.Open("tblLook");
        _w.Set("val", "04A0");
        _w.Set("firstRow", table.HeaderRows > 0 ? "true" : "false");
        _w.Set("lastRow", "false");
        _w.Set("firstColumn", "false");
        _w.Set("lastColumn", "false");
        _w.Set("noHBand", "true");
        _w.Set("noVBand", "true");
        _w.End();
        _w.End();
        _w.Open("tblGrid");
        foreach (var width in grid)
        {
            _w.Open("gridCol");
            _w.Set("w", width);
            _w.End();
        }

        _w.End();

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

            _w.Open("tr");
            _w.Open("trPr");
            if (row.CantSplit || flow.KeepLines)
            {
                _w.Empty("cantSplit");
            }

            if (isHeader)
            {
                _w.Empty("tblHeader");
            }

            _w.End();
            var column = 0;
            foreach (var cell in row.Cells)
            {
                column = WriteContinuations(pending, grid, column, stopAtFree: true, table.Style);
                if (column >= grid.Length)
                {
                    throw new InvalidOperationException($"{table.Source?.ToString() ?? "table"}: row {r + 1} has more cells than the table's {grid.Length} columns.");
                }

                var span = Math.Clamp(cell.ColSpan, 1, grid.Length - column);
                var width = SpanWidth(grid, column, span);
                WriteCell(cell, span, width, cell.RowSpan > 1 ? "restart" : null, rowFlow);
                if (cell.RowSpan > 1)
                {
                    pending[column] = new PendingSpan(cell.RowSpan - 1, span, cell);
                }

                column += span;
            }

            WriteContinuations(pending, grid, column, stopAtFree: false, table.Style);
            _w.End();
        }

        _w.End();
    }

    private int WriteContinuations(PendingSpan?[] pending, int[] grid, int column, bool stopAtFree, string style)
    {
        while (column < grid.Length)
        {
            if (pending[column] is { } span)
            {
                _w.Open("tc");
                WriteCellProperties(span.Origin, span.ColSpan, SpanWidth(grid, column, span.ColSpan), merge: string.Empty);
                WriteEmptyCellParagraph(style);
                _w.End();
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
                _w.Open("tc");
                _w.Open("tcPr");
                _w.Open("tcW");
                _w.Set("w", grid[column]);
                _w.Set("type", "dxa");
                _w.End();
                _w.End();
                WriteEmptyCellParagraph(style);
                _w.End();
                column++;
            }
        }

        return column;
    }

    private void WriteCell(M.TableCell cell, int span, int width, string? merge, Flow rowFlow)
    {
        _w.Open("tc");
        WriteCellProperties(cell, span, width, merge);
        var endsWithParagraph = Render(cell.Blocks, rowFlow with { WidthTwips = Math.Max(width - CellMarginTwips, 1), DefaultAlignment = cell.Alignment });
        if (!endsWithParagraph)
        {
            // A cell must end with a paragraph (ECMA-376 §17.4.66).
            WriteEmptyCellParagraph(rowFlow.DefaultStyle);
        }

        _w.End();
    }

    /// <summary>w:tcPr; <paramref name="merge"/> is null (no vMerge), "restart", or empty for a continuation.</summary>
    private void WriteCellProperties(M.TableCell cell, int span, int width, string? merge)
    {
        _w.Open("tcPr");
        _w.Open("tcW");
        _w.Set("w", width);
        _w.Set("type", "dxa");
        _w.End();
        if (span > 1)
        {
            _w.Val("gridSpan", WordXml.Number(span));
        }

        if (merge is not null)
        {
            _w.Open("vMerge");
            if (merge.Length > 0)
            {
                _w.Set("val", merge);
            }

            _w.End();
        }

        if (IsHexColor(cell.Shading))
        {
            _w.Open("shd");
            _w.Set("val", "clear");
            _w.Set("color", "auto");
            _w.Set("fill", cell.Shading!.ToUpperInvariant());
            _w.End();
        }

        _w.Val("vAlign", cell.VerticalAlignment switch
        {
            M.VerticalAlignment.Top => "top",
            M.VerticalAlignment.Bottom => "bottom",
            _ => "center",
        });
        _w.End();
    }

    private void WriteEmptyCellParagraph(string? style)
    {
        _w.Open("p");
        _w.Open("pPr");
        _w.Val("pStyle", _styles.ParagraphStyleId(style));
        _w.End();
        _w.End();
    }

    private void WriteBorders(M.TableBorders borders)
    {
        var outer = borders != M.TableBorders.None;
        var inner = borders == M.TableBorders.All;
        _w.Open("tblBorders");
        WriteBorder("top", outer);
        WriteBorder("left", outer);
        WriteBorder("bottom", outer);
        WriteBorder("right", outer);
        WriteBorder("insideH", inner);
        WriteBorder("insideV", inner);
        _w.End();
    }

    private void WriteBorder(string side, bool visible)
    {
        _w.Open(side);
        if (visible)
        {
            _w.Set("val", "single");
            _w.Set("color", "000000");
            _w.Set("sz", "4");
            _w.Set("space", "0");
        }
        else
        {
            _w.Set("val", "nil");
        }

        _w.End();
    }

    private static int SpanWidth(int[] grid, int column, int span)
    {
        var width = 0;
        for (var i = column; i < column + span && i < grid.Length; i++)
        {
            width += grid[i];
        }

        return width;
    }

    private static bool IsHexColor(string? value)
    {
        if (value is not { Length: 6 })
        {
            return false;
        }

        foreach (var ch in value)
        {
            if (!char.IsAsciiHexDigit(ch))
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct PendingSpan(int Remaining, int ColSpan, M.TableCell Origin);
}
