namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>满意度调查报告 — the model of <c>templates/satisfaction-report</c>, per company or per community (R-SAT-4).</summary>
internal sealed record SatisfactionReportModel
{
    /// <summary>Stable identity, e.g. <c>SAT-HA-2026Q3</c>.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Document date: the last day of the quarter (data, never the clock).</summary>
    public required DateOnly ReportDate { get; init; }

    /// <summary>Full title.</summary>
    public required string Title { get; init; }

    /// <summary>Company name (author).</summary>
    public required string CompanyName { get; init; }

    /// <summary>Company or community id (the register's subject).</summary>
    public required string SubjectId { get; init; }

    /// <summary>Company or community name.</summary>
    public required string SubjectName { get; init; }

    /// <summary>True for the company report (adds the community comparison).</summary>
    public required bool IsCompany { get; init; }

    /// <summary>Quarter, e.g. 2026Q3.</summary>
    public required string Quarter { get; init; }

    /// <summary>Quarter for people, e.g. 2026年第三季度.</summary>
    public required string QuarterLabel { get; init; }

    /// <summary>Previous quarter for people.</summary>
    public required string PreviousQuarterLabel { get; init; }

    /// <summary>False when no response was counted: the report says so instead of showing scores.</summary>
    public required bool HasResponses { get; init; }

    /// <summary>Overall score and counts.</summary>
    public required ScoreRow Overall { get; init; }

    /// <summary>The six categories in questionnaire order.</summary>
    public required IReadOnlyList<ScoreRow> Categories { get; init; }

    /// <summary>Bar chart of the category scores (this and the previous quarter), or null without data.</summary>
    public ChartData? CategoryChart { get; init; }

    /// <summary>Share of answers per level, as a pie, or null without data.</summary>
    public ChartData? LevelChart { get; init; }

    /// <summary>Answers per level for the table beside the pie.</summary>
    public IReadOnlyList<LevelRow> Levels { get; init; } = [];

    /// <summary>Line chart of the overall score over the recent quarters with data, or null when fewer than two.</summary>
    public ChartData? TrendChart { get; init; }

    /// <summary>One row per quarter of the trend, oldest first.</summary>
    public IReadOnlyList<ScoreRow> Trend { get; init; } = [];

    /// <summary>Bar chart comparing the communities (company report only).</summary>
    public ChartData? CommunityChart { get; init; }

    /// <summary>One row per community (company report only).</summary>
    public IReadOnlyList<ScoreRow> Communities { get; init; } = [];

    /// <summary>The lowest-scoring items, lowest first.</summary>
    public IReadOnlyList<ItemRow> LowestItems { get; init; } = [];

    /// <summary>满意之处 grouped by category.</summary>
    public IReadOnlyList<FeedbackSection> Praise { get; init; } = [];

    /// <summary>存在的问题 grouped by category.</summary>
    public IReadOnlyList<FeedbackSection> Problems { get; init; } = [];

    /// <summary>Categories below the threshold (R-SAT-1).</summary>
    public IReadOnlyList<FollowUpRow> FollowUps { get; init; } = [];

    /// <summary>The follow-up threshold as printed, e.g. 80.</summary>
    public required string Threshold { get; init; }

    /// <summary>How the overall score is formed, in words.</summary>
    public required string Method { get; init; }

    /// <summary>Responses of the subject with data errors: not counted, or counted without their invalid answers (details go to the diagnostics output).</summary>
    public int SkippedResponses { get; init; }
}
