namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>抽样走访表 — the model of <c>templates/survey-plan</c>: the sampling plan as a visit list (R-SAT-3).</summary>
internal sealed record SurveyPlanModel
{
    /// <summary>Stable identity, e.g. <c>SP-C01-2026Q3</c>.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Document date: the first day of the survey quarter.</summary>
    public required DateOnly PlanDate { get; init; }

    /// <summary>Full title.</summary>
    public required string Title { get; init; }

    /// <summary>Company name.</summary>
    public required string CompanyName { get; init; }

    /// <summary>Community id (the register's subject).</summary>
    public required string CommunityId { get; init; }

    /// <summary>Community name.</summary>
    public required string CommunityName { get; init; }

    /// <summary>Quarter, e.g. 2026Q3.</summary>
    public required string Quarter { get; init; }

    /// <summary>Quarter for people.</summary>
    public required string QuarterLabel { get; init; }

    /// <summary>The seed in hexadecimal: recording it reproduces the plan.</summary>
    public required string Seed { get; init; }

    /// <summary>Households (occupied units) in the community.</summary>
    public required int Households { get; init; }

    /// <summary>Entrances with households.</summary>
    public required int Entrances { get; init; }

    /// <summary>Minimum rate, e.g. 10%.</summary>
    public required string MinimumRate { get; init; }

    /// <summary>The size the rules require.</summary>
    public required int MinimumSampleSize { get; init; }

    /// <summary>Households in the sample.</summary>
    public required int SampleSize { get; init; }

    /// <summary>Sample ÷ households as a percentage.</summary>
    public required string SampleRate { get; init; }

    /// <summary>Per-building counts in delivery order.</summary>
    public required IReadOnlyList<PlanBuildingRow> Buildings { get; init; }

    /// <summary>The visit list in delivery order.</summary>
    public required IReadOnlyList<PlanVisitRow> Visits { get; init; }

    /// <summary>Declared entrances without households, e.g. 9栋2单元.</summary>
    public IReadOnlyList<string> EmptyEntrances { get; init; } = [];

    /// <summary>Input records that were skipped, by key.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
