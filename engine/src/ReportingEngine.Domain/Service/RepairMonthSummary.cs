using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Service;

/// <summary>
/// 维修月度统计 — the month's repairs measured against R-REP-1, focused on unfinished and repeated repairs
/// (004 G: 重点对未完成维修单及返修维修单进行分析) and the 100 % follow-up.
/// </summary>
public sealed record RepairMonthSummary
{
    /// <summary>The month (repairs called in it).</summary>
    public required BillingPeriod Month { get; init; }

    /// <summary>The report date.</summary>
    public required DateTime AsOf { get; init; }

    /// <summary>Every repair of the month, by call time then id.</summary>
    public required IReadOnlyList<RepairAssessment> Repairs { get; init; }

    /// <summary>Repairs called in.</summary>
    public int Total => Repairs.Count;

    /// <summary>Urgent repairs among them.</summary>
    public int Urgent => Repairs.Count(r => r.Repair.Urgent);

    /// <summary>Finished by the report date.</summary>
    public int Finished => Repairs.Count(r => !r.Unfinished);

    /// <summary>Repairs per category, most frequent first.</summary>
    public required IReadOnlyList<CountRow> ByCategory { get; init; }

    /// <summary>Dispatched within the limit (R-REP-1, 3 min).</summary>
    public required CheckRate Dispatch { get; init; }

    /// <summary>On site within the limit (R-REP-1, 15 min; urgent 10).</summary>
    public required CheckRate Arrival { get; init; }

    /// <summary>On site within the limit, urgent repairs only.</summary>
    public required CheckRate UrgentArrival { get; init; }

    /// <summary>Finished repairs followed up, out of those due (R-REP-1, 100 %).</summary>
    public required CheckRate FollowUp { get; init; }

    /// <summary>Every finished repair due for a follow-up had one (R-REP-1: 回访率100%).</summary>
    public bool FollowUpComplete => FollowUp.Rate.Missed == 0;

    /// <summary>The owners' verdicts at follow-up, most frequent first.</summary>
    public required IReadOnlyList<CountRow> FollowUpResults { get; init; }

    /// <summary>Repairs not finished on the report date (未完成维修单).</summary>
    public required IReadOnlyList<RepairAssessment> Unfinished { get; init; }

    /// <summary>Repeats of earlier repairs (返修单).</summary>
    public required IReadOnlyList<RepairAssessment> Repeated { get; init; }

    /// <summary>Every missed limit (dispatch, arrival, missing follow-up), by call time, id, then limit.</summary>
    public required IReadOnlyList<ServiceBreach> Breaches { get; init; }

    /// <summary>Data problems.</summary>
    public required IReadOnlyList<RecordIssue> Issues { get; init; }
}
