using ReportingEngine.Documents.Pdf.Layout.Ops;

namespace ReportingEngine.Documents.Pdf.Layout.Flow;

/// <summary>
/// An unbreakable horizontal strip of content the paginator places: a line of a paragraph, a table row
/// (or a band of a row too tall for a page), an image, a chart. Ops are relative to the slice's top.
/// </summary>
/// <remarks>
/// Keep rules are links between neighbours (<see cref="KeepWithPrevious"/>), so keep-together blocks,
/// keep-with-next, widow/orphan control and a table's header with its first row are one mechanism.
/// </remarks>
internal sealed class Slice
{
    /// <summary>Space above, dropped at the top of a page that the flow (not a page break) started.</summary>
    public double SpaceBefore { get; set; }

    /// <summary>Height of the content.</summary>
    public double Height { get; set; }

    /// <summary>Space below; it need not fit at the bottom of a page.</summary>
    public double SpaceAfter { get; set; }

    /// <summary>Draw operations relative to the slice top, in z-order.</summary>
    public List<DrawOp> Ops { get; } = [];

    /// <summary>Outline entries starting in this slice.</summary>
    public List<OutlineMark> Marks { get; } = [];

    /// <summary>The paginator may not break between the previous slice and this one (unless the chain is taller than a page).</summary>
    public bool KeepWithPrevious { get; set; }

    /// <summary>A marker: the next slice starts a new page. Has no content.</summary>
    public bool IsPageBreak { get; set; }

    /// <summary>Table header rows to repeat above this slice when it starts a page.</summary>
    public IReadOnlyList<Slice>? RepeatHeader { get; set; }

    /// <summary>Extra ops drawn only when this slice is the first on its page (a table's top border on a continuation page).</summary>
    public List<DrawOp>? IfFirstOnPage { get; set; }

    /// <summary>Extra ops drawn only when this slice is the last on its page (a table's bottom border before a page break).</summary>
    public List<DrawOp>? IfLastOnPage { get; set; }
}
