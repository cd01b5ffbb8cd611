using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Service;

/// <summary>
/// 走访情况季度汇总 — a community's visits of one quarter, per month and per topic, with the months in which the manager joined
/// no visit (R-VIS-1: 客服主管定期将走访意见与建议收集汇总后向管理处主任报告; the summary goes to the project manager).
/// </summary>
public sealed record VisitQuarterSummary
{
    /// <summary>The quarter (visits made in it).</summary>
    public required SurveyQuarter Quarter { get; init; }

    /// <summary>The report date, inclusive: visits after it are not counted and a month ending after it is not judged.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Every visit counted, by date then id: the 走访情况记录表 lines for the project manager.</summary>
    public required IReadOnlyList<Visit> Visits { get; init; }

    /// <summary>Visits counted (户次).</summary>
    public int Total => Visits.Count;

    /// <summary>Different units visited in the quarter (户).</summary>
    public required int Households { get; init; }

    /// <summary>Visits the manager joined.</summary>
    public int ManagerVisits => Months.Sum(m => m.ManagerVisits);

    /// <summary>The quarter's three months in order, every month listed even without visits.</summary>
    public required IReadOnlyList<VisitMonthFigures> Months { get; init; }

    /// <summary>Visits per topic (走访事由), most frequent first.</summary>
    public required IReadOnlyList<CountRow> ByTopic { get; init; }

    /// <summary>Months that ended without a visit the manager joined: each is an R-VIS-1 finding.</summary>
    public IReadOnlyList<VisitMonthFigures> Findings => [.. Months.Where(m => m.Breached)];

    /// <summary>Data problems.</summary>
    public required IReadOnlyList<RecordIssue> Issues { get; init; }
}
