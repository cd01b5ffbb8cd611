using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Pdf.Layout.Flow;

/// <summary>A table cell resolved onto the grid: first row and column, spans, and its laid-out content.</summary>
internal sealed class CellPlacement(TableCell cell, int row, int column, int rowSpan, int columnSpan)
{
    /// <summary>The model cell.</summary>
    public TableCell Cell { get; } = cell;

    /// <summary>0-based first row.</summary>
    public int Row { get; } = row;

    /// <summary>0-based first column.</summary>
    public int Column { get; } = column;

    /// <summary>Rows spanned (≥ 1).</summary>
    public int RowSpan { get; } = rowSpan;

    /// <summary>Columns spanned (≥ 1).</summary>
    public int ColumnSpan { get; } = columnSpan;

    /// <summary>Content slices, laid out at the cell's inner width.</summary>
    public List<Slice> Content { get; set; } = [];

    /// <summary>Height the content needs including padding.</summary>
    public double ContentHeight { get; set; }
}
