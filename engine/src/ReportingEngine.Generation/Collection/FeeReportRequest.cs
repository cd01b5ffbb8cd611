using ReportingEngine.Domain.Common;

namespace ReportingEngine.Generation.Collection;

/// <summary>What the fee report covers: one community or all, a range of billing months, and the day it is made.</summary>
public sealed record FeeReportRequest
{
    /// <summary>One community, or null for every community in one report.</summary>
    public string? CommunityId { get; init; }

    /// <summary>First billing month reported.</summary>
    public required BillingPeriod From { get; init; }

    /// <summary>Last billing month reported (not before <see cref="From"/>).</summary>
    public required BillingPeriod To { get; init; }

    /// <summary>The day payments are counted to and aging and limitation are evaluated; null = the last day of <see cref="To"/>.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Formats to write: <c>pdf</c>, <c>docx</c>.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["pdf", "docx"];

    /// <summary>The effective as-of day.</summary>
    public DateOnly EffectiveAsOf => AsOf ?? To.AddMonths(1).FirstDay.AddDays(-1);
}
