using System.Runtime.CompilerServices;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Drawing;
using ReportingEngine.Documents.Pdf.Fonts;
using ReportingEngine.Documents.Pdf.Layout;
using ReportingEngine.Documents.Writing;

namespace ReportingEngine.Documents.Pdf;

/// <summary>
/// Writes a document model as PDF with our own layout engine: plan (measure, break lines, paginate), then
/// draw the plan on a PDF builder that embeds subset fonts. Same model ⇒ same bytes.
/// </summary>
/// <remarks>
/// A character no installed face can print is not drawn as an empty box silently: the write fails with a
/// <see cref="PdfLayoutException"/> naming every such character and its place.
/// </remarks>
public sealed class PdfDocumentWriter : IDocumentWriter
{
    private readonly IFontProvider fonts;
    private readonly Func<IPdfBuilder> builders;

    // The plan of each document last written on its own (own page numbering), kept as long as the document object lives:
    // a merged print file of documents just written (the fee batch's per-building print file) replays their plans
    // instead of laying every document out a second time. Document models are immutable, and a plan is an immutable
    // list of drawing operations, so replaying it gives exactly the pages a fresh layout would.
    private readonly ConditionalWeakTable<Document, LayoutPlan> ownPlans = [];

    /// <summary>Creates a writer using the installed system fonts.</summary>
    public PdfDocumentWriter()
        : this(SystemFontProvider.Default, DefaultBuilder)
    {
    }

    /// <summary>Creates a writer with the given faces and builder factory (tests, benchmarks).</summary>
    internal PdfDocumentWriter(IFontProvider? fonts, Func<IPdfBuilder>? builders = null)
    {
        this.fonts = fonts ?? SystemFontProvider.Default;
        this.builders = builders ?? DefaultBuilder;
    }

    private static PdfBuilder DefaultBuilder() => new();

    /// <inheritdoc/>
    public string Format => "pdf";

    /// <inheritdoc/>
    /// <exception cref="PdfLayoutException">The document has characters no installed face can print, or unknown styles.</exception>
    /// <exception cref="FontNotFoundException">A font the profile names is not installed.</exception>
    public void Write(Document document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var plan = PlanChecked(document, cancellationToken);
        ownPlans.AddOrUpdate(document, plan);
        var builder = builders();
        PlanRenderer.Draw(plan, builder, 0, 0, cancellationToken);
        builder.Save(output, Metadata(document.Info), cancellationToken);
    }

    /// <summary>
    /// Writes several documents into one print file: one top-level outline entry per document with its own
    /// headings nested below, page numbers restarting per document. Metadata comes from the first document.
    /// </summary>
    public void WriteMerged(IReadOnlyList<MergedDocument> documents, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            throw new ArgumentException("A merged file needs at least one document.", nameof(documents));
        }

        WriteMerged(documents, documents[0].Document.Info, output, cancellationToken);
    }

    /// <summary>Writes a merged print file whose metadata (title, id, date) comes from <paramref name="info"/>.</summary>
    public void WriteMerged(IReadOnlyList<MergedDocument> documents, DocumentInfo info, Stream output, CancellationToken cancellationToken = default) =>
        WriteMerged(documents, info, output, MergedPdfOptions.Default, cancellationToken);

    /// <summary>
    /// Writes a merged file with <paramref name="options"/>: with <see cref="MergedPageNumbering.Continuous"/> the page
    /// fields of every document count the pages of the whole file (第 X 页 共 Y 页 of the pack).
    /// </summary>
    /// <exception cref="PdfLayoutException">A document cannot be laid out (characters no face prints, unknown styles).</exception>
    public void WriteMerged(IReadOnlyList<MergedDocument> documents, DocumentInfo info, Stream output, MergedPdfOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var continuous = options.PageNumbering == MergedPageNumbering.Continuous;
        var layout = continuous ? PlanMerged(documents, cancellationToken) : null;
        var merged = BeginMerged();
        for (var i = 0; i < documents.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plan = layout is null
                ? OwnPlan(documents[i].Document, cancellationToken)
                : PlanChecked(documents[i].Document, new PageNumbering(layout.StartPages[i], layout.TotalPages), cancellationToken);
            merged.Draw(documents[i], plan, cancellationToken);
        }

        merged.Save(info, output, cancellationToken);
    }

    /// <summary>Starts a print file to which documents are added one at a time (page numbers restarting per document).</summary>
    public MergedPdfBuilder BeginMerged() => new(this, builders());

    /// <summary>
    /// Lays the documents of a merged file out without drawing them and returns where each starts and how many pages
    /// the file has. Pagination does not depend on page numbering, so the result holds for either
    /// <see cref="MergedPageNumbering"/>; a table of contents filled from it must be planned again if its own page count changes.
    /// </summary>
    /// <exception cref="PdfLayoutException">A document cannot be laid out.</exception>
    public MergedLayout PlanMerged(IReadOnlyList<MergedDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            throw new ArgumentException("A merged file needs at least one document.", nameof(documents));
        }

        var starts = new List<int>(documents.Count);
        var counts = new List<int>(documents.Count);
        var next = 1;
        foreach (var merged in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pages = OwnPlan(merged.Document, cancellationToken).Pages.Count;
            starts.Add(next);
            counts.Add(pages);
            next += pages;
        }

        return new MergedLayout(starts, counts, next - 1);
    }

    /// <summary>The document's plan with its own page numbering: the one kept from its last <see cref="Write"/>, else laid out now.</summary>
    internal LayoutPlan OwnPlan(Document document, CancellationToken cancellationToken) =>
        ownPlans.TryGetValue(document, out var plan) ? plan : PlanChecked(document, cancellationToken);

    private LayoutPlan PlanChecked(Document document, CancellationToken cancellationToken) =>
        PlanChecked(document, PageNumbering.Own, cancellationToken);

    private LayoutPlan PlanChecked(Document document, PageNumbering numbering, CancellationToken cancellationToken)
    {
        var plan = DocumentLayout.Plan(document, fonts, numbering, cancellationToken);
        if (plan.Diagnostics.Count > 0)
        {
            var problems = plan.Diagnostics.Select(d => d.ToString()).ToList();
            throw new PdfLayoutException(
                $"PDF layout of '{document.Info.DocumentId}' failed:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
            {
                Problems = problems,
            };
        }

        return plan;
    }

    internal static PdfMetadata Metadata(DocumentInfo info) => new(info.Title, info.DocumentId, info.Date)
    {
        Author = info.Author,
        Subject = info.Subject,
        Language = info.Language,
    };
}
