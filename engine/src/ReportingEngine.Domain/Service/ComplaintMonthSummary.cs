using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Service;

/// <summary>投诉月度汇总 — the month's complaints counted and measured against R-CMP-1 (客服经理每月对客户投诉处理表进行整理、汇总).</summary>
public sealed record ComplaintMonthSummary
{
    /// <summary>The month (complaints received in it).</summary>
    public required BillingPeriod Month { get; init; }

    /// <summary>The report date: steps not done by then are open.</summary>
    public required DateTime AsOf { get; init; }

    /// <summary>Every complaint of the month, by receipt time then id.</summary>
    public required IReadOnlyList<ComplaintAssessment> Complaints { get; init; }

    /// <summary>Complaints received.</summary>
    public int Total => Complaints.Count;

    /// <summary>Figures per level, general → important → major, every level listed.</summary>
    public required IReadOnlyList<ComplaintLevelFigures> ByLevel { get; init; }

    /// <summary>Complaints per category, most frequent first.</summary>
    public required IReadOnlyList<CountRow> ByCategory { get; init; }

    /// <summary>Each limit's rate over the complaints it applies to.</summary>
    public required IReadOnlyList<CheckRate> Rates { get; init; }

    /// <summary>Complaints that met every limit of their level, out of those judged.</summary>
    public required ServiceRate OnTime { get; init; }

    /// <summary>Every missed limit, by receipt time, id, then limit.</summary>
    public required IReadOnlyList<ServiceBreach> Breaches { get; init; }

    /// <summary>Complaints not fixed on the report date.</summary>
    public required IReadOnlyList<ComplaintAssessment> Open { get; init; }

    /// <summary>Data problems.</summary>
    public required IReadOnlyList<RecordIssue> Issues { get; init; }
}
