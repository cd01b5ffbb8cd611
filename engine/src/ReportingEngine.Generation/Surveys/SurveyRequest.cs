using ReportingEngine.Domain.Common;

namespace ReportingEngine.Generation.Surveys;

/// <summary>What to generate: a quarter, one community or all, the formats and, for plans and forms, the sampling seed.</summary>
public sealed record SurveyRequest
{
    /// <summary>The survey quarter.</summary>
    public required SurveyQuarter Quarter { get; init; }

    /// <summary>One community, or null for every community (and, for reports, each company).</summary>
    public string? CommunityId { get; init; }

    /// <summary>Sampling seed; null = the stable default seed of each community and quarter (R-SAT-3).</summary>
    public ulong? Seed { get; init; }

    /// <summary>Formats to write: <c>pdf</c>, <c>docx</c>.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["pdf", "docx"];
}
