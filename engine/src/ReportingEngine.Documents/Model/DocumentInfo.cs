namespace ReportingEngine.Documents.Model;

/// <summary>Document metadata. Never derived from the clock: the same data gives the same bytes.</summary>
/// <param name="Title">Document title (PDF /Title, DOCX core properties).</param>
/// <param name="Language">BCP-47 language tag, <c>zh-CN</c> by default.</param>
/// <param name="DocumentId">Stable identity (e.g. the archive number); seeds PDF /ID and DOCX ids.</param>
/// <param name="Date">The document's date from the data (issue date, period end); used as creation date.</param>
public sealed record DocumentInfo(string Title, string Language, string DocumentId, DateOnly Date)
{
    /// <summary>Author/creator shown in file properties, e.g. the service center's name.</summary>
    public string? Author { get; init; }

    /// <summary>Subject shown in file properties, e.g. "1栋 3-302 2026-11".</summary>
    public string? Subject { get; init; }
}
