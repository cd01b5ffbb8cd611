using ReportingEngine.Documents.Pdf.Layout.Ops;

namespace ReportingEngine.Documents.Pdf.Layout.Flow;

/// <summary>The body of one page as the paginator filled it: ops in page coordinates and outline marks (y absolute).</summary>
internal sealed class PageContent
{
    /// <summary>Body ops in z-order.</summary>
    public List<DrawOp> Ops { get; } = [];

    /// <summary>Outline marks; <see cref="OutlineMark.OffsetY"/> is the page y.</summary>
    public List<OutlineMark> Marks { get; } = [];
}
