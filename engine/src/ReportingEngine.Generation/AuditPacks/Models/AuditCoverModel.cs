namespace ReportingEngine.Generation.AuditPacks.Models;

/// <summary>The cover of the audit pack (template <c>audit-pack-cover</c>).</summary>
internal sealed record AuditCoverModel
{
    /// <summary>Archive number of the pack.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Company name.</summary>
    public required string Company { get; init; }

    /// <summary>Community name.</summary>
    public required string Community { get; init; }

    /// <summary>Community id.</summary>
    public required string CommunityId { get; init; }

    /// <summary>Date range in words.</summary>
    public required string Range { get; init; }

    /// <summary>Generated date (<c>--to</c> or <c>--as-of</c>, never the clock), <c>yyyy-MM-dd</c>.</summary>
    public required string AsOf { get; init; }

    /// <summary>Confidentiality marking (R-ACC-1).</summary>
    public required string Marking { get; init; }

    /// <summary>Section titles in order.</summary>
    public required IReadOnlyList<string> Sections { get; init; }

    /// <summary>Pages of the whole pack (PDF); 0 in the DOCX, whose pagination belongs to the word processor.</summary>
    public int TotalPages { get; init; }
}
