namespace ReportingEngine.Documents.Pdf;

/// <summary>Options of a merged PDF file.</summary>
public sealed record MergedPdfOptions
{
    /// <summary>Page numbers restart per document, as <see cref="PdfDocumentWriter.WriteMerged(IReadOnlyList{MergedDocument}, System.IO.Stream, System.Threading.CancellationToken)"/> always did.</summary>
    public static MergedPdfOptions Default { get; } = new();

    /// <summary>How page fields count; default <see cref="MergedPageNumbering.RestartPerDocument"/>.</summary>
    public MergedPageNumbering PageNumbering { get; init; } = MergedPageNumbering.RestartPerDocument;
}
