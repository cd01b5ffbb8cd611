namespace ReportingEngine.Generation.AuditPacks.Models;

/// <summary>The table of contents of the audit pack (template <c>audit-pack-toc</c>).</summary>
internal sealed record AuditTocModel
{
    /// <summary>Archive number of the pack.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Company name.</summary>
    public required string Company { get; init; }

    /// <summary>Community name.</summary>
    public required string Community { get; init; }

    /// <summary>Generated date, <c>yyyy-MM-dd</c>.</summary>
    public required string AsOf { get; init; }

    /// <summary>Confidentiality marking (R-ACC-1).</summary>
    public required string Marking { get; init; }

    /// <summary>Whether the entries carry page numbers (PDF) or not (DOCX, paginated by the word processor).</summary>
    public required bool WithPages { get; init; }

    /// <summary>The entries in order.</summary>
    public required IReadOnlyList<AuditTocEntry> Entries { get; init; }
}
