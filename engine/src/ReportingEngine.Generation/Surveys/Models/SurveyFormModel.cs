namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>业户评议表 — the model of <c>templates/survey-form</c>: the blank form pre-filled for one sampled household (R-SAT-1, R-SAT-2).</summary>
internal sealed record SurveyFormModel
{
    /// <summary>Stable identity, e.g. <c>SF-C01-2026Q3-007</c>.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Document date: the first day of the survey quarter.</summary>
    public required DateOnly FormDate { get; init; }

    /// <summary>Form title.</summary>
    public required string Title { get; init; }

    /// <summary>Instructions under the title.</summary>
    public required string Instructions { get; init; }

    /// <summary>Company name.</summary>
    public required string CompanyName { get; init; }

    /// <summary>Community name.</summary>
    public required string CommunityName { get; init; }

    /// <summary>Quarter for people, e.g. 2026年第三季度.</summary>
    public required string QuarterLabel { get; init; }

    /// <summary>编号: position in the visit list, three digits.</summary>
    public required string SerialNumber { get; init; }

    /// <summary>楼栋单元房号, e.g. 3栋2单元12-02.</summary>
    public required string Address { get; init; }

    /// <summary>Unit id the answers are entered against.</summary>
    public required string UnitId { get; init; }

    /// <summary>Answer columns in printing order (很满意 … 很不满意, 不适用).</summary>
    public required IReadOnlyList<string> Scale { get; init; }

    /// <summary>The six categories with their items.</summary>
    public required IReadOnlyList<FormSection> Sections { get; init; }

    /// <summary>Items on the form (25).</summary>
    public required int ItemCount { get; init; }

    /// <summary>满意之处 label.</summary>
    public required string PraiseLabel { get; init; }

    /// <summary>Blank lines for praise (one entry per line).</summary>
    public required IReadOnlyList<int> PraiseLines { get; init; }

    /// <summary>问题与建议 label.</summary>
    public required string ProblemsLabel { get; init; }

    /// <summary>Blank lines for problems.</summary>
    public required IReadOnlyList<int> ProblemsLines { get; init; }

    /// <summary>Service center phone printed at the foot.</summary>
    public required string ServicePhone { get; init; }
}
