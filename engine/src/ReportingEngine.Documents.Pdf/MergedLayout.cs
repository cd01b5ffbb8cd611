namespace ReportingEngine.Documents.Pdf;

/// <summary>
/// Where each document of a merged file lands, learnt by laying the documents out without drawing them
/// (<see cref="PdfDocumentWriter.PlanMerged"/>): a table of contents can then print the page numbers of what follows it.
/// </summary>
/// <param name="StartPages">1-based page of the merged file on which each document starts, in document order.</param>
/// <param name="PageCounts">Number of pages of each document, in document order.</param>
/// <param name="TotalPages">Pages of the whole merged file.</param>
public sealed record MergedLayout(IReadOnlyList<int> StartPages, IReadOnlyList<int> PageCounts, int TotalPages);
