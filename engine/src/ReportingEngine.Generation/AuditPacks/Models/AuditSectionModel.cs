namespace ReportingEngine.Generation.AuditPacks.Models;

/// <summary>
/// One section of the audit pack (审计资料包的一节), template <c>audit-section</c>: a numbered title, summary paragraphs and
/// parts (per building, per month …), each with paragraphs, an optional table and an optional bar chart.
/// </summary>
internal sealed record AuditSectionModel
{
    /// <summary>Archive number of the section (its own register entry).</summary>
    public required string DocumentId { get; init; }

    /// <summary>Section heading, e.g. <c>一、业户档案完整性（按楼栋）</c>; also its bookmark and TOC line.</summary>
    public required string Title { get; init; }

    /// <summary>Company name.</summary>
    public required string Company { get; init; }

    /// <summary>Community name.</summary>
    public required string Community { get; init; }

    /// <summary>Date range in words, e.g. <c>2026年1月1日至2026年6月30日</c>.</summary>
    public required string Range { get; init; }

    /// <summary>Date of the pack (the end of the range or the as-of day), <c>yyyy-MM-dd</c>.</summary>
    public required string AsOf { get; init; }

    /// <summary>Confidentiality marking printed in the header (R-ACC-1).</summary>
    public required string Marking { get; init; }

    /// <summary>Rules the section reports on, e.g. <c>R-DOS-1、R-DOS-8</c>.</summary>
    public required string Rules { get; init; }

    /// <summary>Summary paragraphs under the title.</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];

    /// <summary>The parts in order.</summary>
    public IReadOnlyList<AuditPart> Parts { get; init; } = [];
}
