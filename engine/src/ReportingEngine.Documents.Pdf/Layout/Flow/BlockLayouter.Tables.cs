using System.Globalization;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Drawing;
using ReportingEngine.Documents.Pdf.Layout.Ops;

namespace ReportingEngine.Documents.Pdf.Layout.Flow;

/// <summary>
/// Tables: relative column widths normalised to the column, cells holding blocks, spans, borders and shading.
/// Rows are grouped so that a row span stays inside one group; each group becomes one slice, or bands cut
/// between lines when the group may split (rows without <see cref="TableRow.CantSplit"/>) or is taller than a page.
/// Body slices carry the header slices so the paginator repeats them at the top of every page.
/// </summary>
internal sealed partial class BlockLayouter
{
    /// <summary>Horizontal cell padding, points (Word's default 0.19 cm is 5.4 pt).</summary>
    private const double CellPaddingX = 5.4;

    /// <summary>Vertical cell padding, points.</summary>
    private const double CellPaddingY = 2.0;

    /// <summary>Border width, points.</summary>
    private const double BorderWidth = 0.5;

    private static readonly StrokePaint Border = new(BorderWidth);

    private List<Slice> LayoutTable(Table table, string where)
    {
        var columnCount = table.Columns.Count;
        var rowCount = table.Rows.Count;
        if (columnCount == 0 || rowCount == 0)
        {
            if (columnCount == 0)
            {
                context.Diagnostics.Add(new LayoutDiagnostic(where, "table has no columns"));
            }

            return [];
        }

        var edges = ColumnEdges(table.Columns);
        var cells = PlaceCells(table, edges, where);
        var heights = RowHeights(cells, rowCount);
        var headerRows = Math.Clamp(table.HeaderRows, 0, rowCount);

        var groups = RowGroups(cells, rowCount);
        var header = new List<Slice>();
        var body = new List<Slice>();
        var headerHeight = 0.0;
        foreach (var (first, last) in groups)
        {
            if (last < headerRows)
            {
                for (var r = first; r <= last; r++)
                {
                    headerHeight += heights[r];
                }
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (first, last) = groups[g];
            var isHeader = last < headerRows;
            var available = context.PageContentHeight - (isHeader ? 0 : headerHeight);
            var slices = GroupSlices(table, cells, heights, edges, first, last, g == 0, g == groups.Count - 1, available);
            (isHeader ? header : body).AddRange(slices);
        }

        for (var i = 1; i < header.Count; i++)
        {
            header[i].KeepWithPrevious = true;
        }

        if (header.Count > 0)
        {
            if (body.Count > 0)
            {
                body[0].KeepWithPrevious = true;
            }

            foreach (var slice in body)
            {
                slice.RepeatHeader = header;
            }
        }

        var all = new List<Slice>(header.Count + body.Count);
        all.AddRange(header);
        all.AddRange(body);
        return all;
    }

    private double[] ColumnEdges(IReadOnlyList<double> columns)
    {
        var total = 0.0;
        foreach (var c in columns)
        {
            total += Math.Max(c, 0);
        }

        var edges = new double[columns.Count + 1];
        edges[0] = left;
        for (var c = 0; c < columns.Count; c++)
        {
            var share = total > 0 ? Math.Max(columns[c], 0) / total : 1.0 / columns.Count;
            edges[c + 1] = edges[c] + width * share;
        }

        edges[^1] = left + width;
        return edges;
    }

    private List<CellPlacement> PlaceCells(Table table, double[] edges, string where)
    {
        var columnCount = edges.Length - 1;
        var rowCount = table.Rows.Count;
        var occupied = new bool[rowCount, columnCount];
        var cells = new List<CellPlacement>();
        for (var r = 0; r < rowCount; r++)
        {
            var c = 0;
            foreach (var cell in table.Rows[r].Cells)
            {
                while (c < columnCount && occupied[r, c])
                {
                    c++;
                }

                if (c >= columnCount)
                {
                    context.Diagnostics.Add(new LayoutDiagnostic(where, string.Create(CultureInfo.InvariantCulture, $"table row {r + 1} has more cells than the {columnCount} columns")));
                    break;
                }

                var columnSpan = Math.Clamp(cell.ColSpan, 1, columnCount - c);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, rowCount - r);
                for (var rr = r; rr < r + rowSpan; rr++)
                {
                    for (var cc = c; cc < c + columnSpan; cc++)
                    {
                        occupied[rr, cc] = true;
                    }
                }

                var placement = new CellPlacement(cell, r, c, rowSpan, columnSpan);
                var innerLeft = edges[c] + CellPaddingX;
                var innerWidth = edges[c + columnSpan] - edges[c] - 2 * CellPaddingX;
                var layouter = new BlockLayouter(context, innerLeft, innerWidth, table.Style, cell.Alignment, cancellationToken);
                placement.Content = layouter.Layout(cell.Blocks, string.Create(CultureInfo.InvariantCulture, $"{where} row {r + 1} cell {c + 1}"));
                var height = 2 * CellPaddingY;
                foreach (var s in placement.Content)
                {
                    height += s.SpaceBefore + s.Height + s.SpaceAfter;
                }

                placement.ContentHeight = height;
                cells.Add(placement);
                c += columnSpan;
            }
        }

        return cells;
    }

    private static double[] RowHeights(List<CellPlacement> cells, int rowCount)
    {
        var heights = new double[rowCount];
        Array.Fill(heights, 2 * CellPaddingY);
        foreach (var cell in cells)
        {
            if (cell.RowSpan == 1)
            {
                heights[cell.Row] = Math.Max(heights[cell.Row], cell.ContentHeight);
            }
        }

        foreach (var cell in cells.Where(c => c.RowSpan > 1).OrderBy(c => c.RowSpan))
        {
            var spanned = 0.0;
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            {
                spanned += heights[r];
            }

            if (cell.ContentHeight > spanned)
            {
                heights[cell.Row + cell.RowSpan - 1] += cell.ContentHeight - spanned;
            }
        }

        return heights;
    }

    /// <summary>Consecutive row ranges closed under row spans.</summary>
    private static List<(int First, int Last)> RowGroups(List<CellPlacement> cells, int rowCount)
    {
        var reach = new int[rowCount];
        for (var r = 0; r < rowCount; r++)
        {
            reach[r] = r;
        }

        foreach (var cell in cells)
        {
            reach[cell.Row] = Math.Max(reach[cell.Row], cell.Row + cell.RowSpan - 1);
        }

        var groups = new List<(int, int)>();
        var start = 0;
        while (start < rowCount)
        {
            var end = reach[start];
            for (var r = start; r <= end; r++)
            {
                end = Math.Max(end, reach[r]);
            }

            groups.Add((start, end));
            start = end + 1;
        }

        return groups;
    }

    private static List<Slice> GroupSlices(
        Table table, List<CellPlacement> cells, double[] heights, double[] edges, int first, int last, bool isFirstGroup, bool isLastGroup, double available)
    {
        var rowTop = new double[last - first + 2];
        for (var r = first; r <= last; r++)
        {
            rowTop[r - first + 1] = rowTop[r - first] + heights[r];
        }

        var groupHeight = rowTop[^1];
        var shading = new List<DrawOp>();
        var content = new List<DrawOp>();
        var marks = new List<OutlineMark>();
        var rects = new List<(double X1, double Y1, double X2, double Y2)>();
        var intervals = new List<(double Top, double Bottom)>();
        var mustKeep = first != last;
        for (var r = first; r <= last; r++)
        {
            mustKeep |= table.Rows[r].CantSplit;
        }

        foreach (var cell in cells)
        {
            if (cell.Row < first || cell.Row > last)
            {
                continue;
            }

            var x1 = edges[cell.Column];
            var x2 = edges[cell.Column + cell.ColumnSpan];
            var y1 = rowTop[cell.Row - first];
            var y2 = rowTop[cell.Row - first + cell.RowSpan];
            rects.Add((x1, y1, x2, y2));
            if (cell.Cell.Shading is { Length: 6 } hex && IsHex(hex))
            {
                shading.Add(new RectangleOp(x1, y1, x2 - x1, y2 - y1, RgbColor.FromHex(hex), null));
            }

            var free = (y2 - y1) - cell.ContentHeight;
            var y = y1 + CellPaddingY + cell.Cell.VerticalAlignment switch
            {
                VerticalAlignment.Center => free / 2,
                VerticalAlignment.Bottom => free,
                _ => 0,
            };
            foreach (var s in cell.Content)
            {
                y += s.SpaceBefore;
                foreach (var op in s.Ops)
                {
                    content.Add(op.Offset(y));
                }

                foreach (var m in s.Marks)
                {
                    marks.Add(m with { OffsetY = m.OffsetY + y });
                }

                if (s.Height > 0)
                {
                    intervals.Add((y, y + s.Height));
                }

                y += s.Height + s.SpaceAfter;
            }
        }

        var cuts = new List<double> { 0, groupHeight };
        if (!mustKeep || groupHeight > available)
        {
            for (var r = 1; r < rowTop.Length - 1; r++)
            {
                cuts.Add(rowTop[r]);
            }

            foreach (var (_, bottom) in intervals)
            {
                cuts.Add(bottom);
            }

            cuts.RemoveAll(y => y <= 0 || y >= groupHeight || intervals.Exists(iv => iv.Top < y - Units.Epsilon && iv.Bottom > y + Units.Epsilon));
            cuts.Add(0);
            cuts.Add(groupHeight);
        }

        cuts.Sort();
        var bands = new List<Slice>();
        for (var b = 0; b + 1 < cuts.Count; b++)
        {
            var top = cuts[b];
            var bottom = cuts[b + 1];
            if (bottom - top < Units.Epsilon)
            {
                continue;
            }

            var slice = new Slice { Height = bottom - top };
            var lastBand = bottom >= groupHeight - Units.Epsilon;
            foreach (var op in shading)
            {
                var rect = (RectangleOp)op;
                var y1 = Math.Max(rect.Y, top);
                var y2 = Math.Min(rect.Y + rect.Height, bottom);
                if (y2 > y1)
                {
                    slice.Ops.Add(rect with { Y = y1 - top, Height = y2 - y1 });
                }
            }

            foreach (var op in content)
            {
                var anchor = AnchorY(op);
                if (anchor >= top - Units.Epsilon && (anchor < bottom - Units.Epsilon || (lastBand && anchor <= bottom + Units.Epsilon)))
                {
                    slice.Ops.Add(op.Offset(-top));
                }
            }

            foreach (var m in marks)
            {
                if (m.OffsetY >= top - Units.Epsilon && (m.OffsetY < bottom || lastBand))
                {
                    slice.Marks.Add(m with { OffsetY = m.OffsetY - top });
                }
            }

            AddBorders(slice, table.Borders, rects, edges, top, bottom, isFirstGroup && top == 0, isLastGroup && lastBand);
            bands.Add(slice);
        }

        return bands;
    }

    private static void AddBorders(
        Slice slice, TableBorders borders, List<(double X1, double Y1, double X2, double Y2)> rects, double[] edges, double top, double bottom, bool tableTop, bool tableBottom)
    {
        if (borders == TableBorders.None)
        {
            return;
        }

        var x1 = edges[0];
        var x2 = edges[^1];
        var height = bottom - top;
        slice.IfFirstOnPage = [new LineOp(x1, 0, x2, 0, Border)];
        slice.IfLastOnPage = [new LineOp(x1, height, x2, height, Border)];
        if (borders == TableBorders.Outer)
        {
            slice.Ops.Add(new LineOp(x1, 0, x1, height, Border));
            slice.Ops.Add(new LineOp(x2, 0, x2, height, Border));
            if (tableTop)
            {
                slice.Ops.Add(new LineOp(x1, 0, x2, 0, Border));
            }

            if (tableBottom)
            {
                slice.Ops.Add(new LineOp(x1, height, x2, height, Border));
            }

            return;
        }

        var seen = new HashSet<(double, double, double, double)>();
        void Add(double ax, double ay, double bx, double by)
        {
            if (seen.Add((Math.Round(ax, 3), Math.Round(ay, 3), Math.Round(bx, 3), Math.Round(by, 3))))
            {
                slice.Ops.Add(new LineOp(ax, ay, bx, by, Border));
            }
        }

        foreach (var (rx1, ry1, rx2, ry2) in rects)
        {
            var y1 = Math.Max(ry1, top);
            var y2 = Math.Min(ry2, bottom);
            if (y2 <= y1)
            {
                continue;
            }

            if (ry1 >= top - Units.Epsilon && ry1 < bottom)
            {
                Add(rx1, ry1 - top, rx2, ry1 - top);
            }

            if (ry2 > top && ry2 <= bottom + Units.Epsilon)
            {
                Add(rx1, ry2 - top, rx2, ry2 - top);
            }

            Add(rx1, y1 - top, rx1, y2 - top);
            Add(rx2, y1 - top, rx2, y2 - top);
        }
    }

    /// <summary>The y that decides which band an op of a cell belongs to.</summary>
    private static double AnchorY(DrawOp op) => op switch
    {
        TextOp t => t.Baseline,
        LineOp l => Math.Min(l.Y1, l.Y2),
        RectangleOp r => r.Y,
        QrModulesOp q => q.Y,
        ImageOp i => i.Y,
        PathOp p when p.Path.Segments.Count > 0 => p.Path.Segments[0].Y + p.OffsetY,
        _ => 0,
    };

    private static bool IsHex(string text)
    {
        foreach (var ch in text)
        {
            if (!char.IsAsciiHexDigit(ch))
            {
                return false;
            }
        }

        return true;
    }
}
