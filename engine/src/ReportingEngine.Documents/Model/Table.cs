namespace ReportingEngine.Documents.Model;

/// <summary>A table. Rows up to <see cref="HeaderRows"/> repeat on every page the table spans.</summary>
/// <param name="Columns">Relative column widths (any positive units; normalised to the text width).</param>
/// <param name="Rows">All rows, header rows first.</param>
public sealed record Table(IReadOnlyList<double> Columns, IReadOnlyList<TableRow> Rows) : Block
{
    /// <summary>Count of leading rows that form the repeated header.</summary>
    public int HeaderRows { get; init; }

    /// <summary>Which borders to draw.</summary>
    public TableBorders Borders { get; init; } = TableBorders.All;

    /// <summary>Profile style for cell paragraphs that do not name their own (default <c>table</c>).</summary>
    public string Style { get; init; } = "table";
}

/// <summary>A table row.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    /// <summary>The row may not be split across pages (Word cantSplit).</summary>
    public bool CantSplit { get; init; } = true;
}

/// <summary>A table cell holding blocks (usually paragraphs). Spanned-over positions have no cell.</summary>
public sealed record TableCell(IReadOnlyList<Block> Blocks)
{
    /// <summary>Columns this cell spans (≥ 1).</summary>
    public int ColSpan { get; init; } = 1;

    /// <summary>Rows this cell spans (≥ 1); the rows below omit a cell at this position.</summary>
    public int RowSpan { get; init; } = 1;

    /// <summary>Cell content alignment when the paragraph does not set one.</summary>
    public TextAlignment? Alignment { get; init; }

    /// <summary>Vertical alignment of the content.</summary>
    public VerticalAlignment VerticalAlignment { get; init; } = VerticalAlignment.Center;

    /// <summary>Background fill as RGB hex (<c>F2F2F2</c>), or null.</summary>
    public string? Shading { get; init; }
}

/// <summary>Vertical alignment in a cell.</summary>
public enum VerticalAlignment
{
    /// <summary>Top.</summary>
    Top,
    /// <summary>Middle.</summary>
    Center,
    /// <summary>Bottom.</summary>
    Bottom,
}

/// <summary>Border set of a table.</summary>
public enum TableBorders
{
    /// <summary>Every cell edge.</summary>
    All,
    /// <summary>No borders (layout tables).</summary>
    None,
    /// <summary>Outer frame only.</summary>
    Outer,
}
