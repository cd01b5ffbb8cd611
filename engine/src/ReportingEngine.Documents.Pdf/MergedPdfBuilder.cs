using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Drawing;
using ReportingEngine.Documents.Pdf.Layout;

namespace ReportingEngine.Documents.Pdf;

/// <summary>
/// A print file built one document at a time (page numbers restarting per document, one top-level bookmark each):
/// each document is drawn as it is added, so a caller producing hundreds of documents need not keep them — or their
/// layouts — alive until the end. Get one from <see cref="PdfDocumentWriter.BeginMerged"/>.
/// </summary>
/// <remarks>One builder belongs to one thread. A document just written with <see cref="PdfDocumentWriter.Write"/> is not laid out again.</remarks>
public sealed class MergedPdfBuilder
{
    private readonly PdfDocumentWriter writer;
    private readonly IPdfBuilder builder;
    private int pageCount;

    internal MergedPdfBuilder(PdfDocumentWriter writer, IPdfBuilder builder)
    {
        this.writer = writer;
        this.builder = builder;
    }

    /// <summary>Documents added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Draws <paramref name="document"/> after the documents added before.</summary>
    /// <exception cref="PdfLayoutException">The document cannot be laid out.</exception>
    public void Add(MergedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var plan = writer.OwnPlan(document.Document, cancellationToken);
        Draw(document, plan, cancellationToken);
    }

    /// <summary>Draws a document laid out by the caller (with the page numbering it wants).</summary>
    internal void Draw(MergedDocument document, LayoutPlan plan, CancellationToken cancellationToken)
    {
        var ownOutline = document.OutlineFromHeadings && plan.Outline.Count > 0;
        if (!ownOutline)
        {
            builder.AddOutline(document.OutlineTitle, 1, pageCount, 0);
        }

        PlanRenderer.Draw(plan, builder, pageCount, ownOutline ? 0 : 1, cancellationToken);
        pageCount += plan.Pages.Count;
        Count++;
    }

    /// <summary>Writes the file, with title, id and date from <paramref name="info"/>. The builder cannot be used afterwards.</summary>
    public void Save(DocumentInfo info, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(output);
        if (Count == 0)
        {
            throw new InvalidOperationException("A merged file needs at least one document.");
        }

        builder.Save(output, PdfDocumentWriter.Metadata(info), cancellationToken);
    }
}
