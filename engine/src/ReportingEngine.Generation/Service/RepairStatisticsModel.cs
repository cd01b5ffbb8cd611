namespace ReportingEngine.Generation.Service;

/// <summary>维修月度统计 (R-REP-1: by the 1st, focused on unfinished and repeated repairs); model of <c>templates/repair-statistics</c>.</summary>
public sealed record RepairStatisticsModel
{
    /// <summary>Document id (WXTJ-yyyyMM-community).</summary>
    public required string DocumentId { get; init; }

    /// <summary>Company.</summary>
    public required string Company { get; init; }

    /// <summary>Community.</summary>
    public required string Community { get; init; }

    /// <summary>Month, yyyy-MM.</summary>
    public required string Month { get; init; }

    /// <summary>Report date and time, yyyy-MM-dd HH:mm.</summary>
    public required string AsOf { get; init; }

    /// <summary>Document date, yyyy-MM-dd.</summary>
    public required string ReportDate { get; init; }

    /// <summary>Repairs called in.</summary>
    public required int Total { get; init; }

    /// <summary>Urgent repairs.</summary>
    public required int Urgent { get; init; }

    /// <summary>Finished on the report date.</summary>
    public required int Finished { get; init; }

    /// <summary>Every finished repair due for a follow-up had one (回访率100%).</summary>
    public required bool FollowUpComplete { get; init; }

    /// <summary>Finished repairs due for a follow-up without one.</summary>
    public required int FollowUpMissing { get; init; }

    /// <summary>Follow-up rate (100.0%), or —.</summary>
    public required string FollowUpRate { get; init; }

    /// <summary>Dispatch, arrival (all and urgent), follow-up.</summary>
    public required IReadOnlyList<ServiceRateRow> Checks { get; init; }

    /// <summary>Per category.</summary>
    public required IReadOnlyList<ServiceCountRow> Categories { get; init; }

    /// <summary>Owners' verdicts at follow-up.</summary>
    public required IReadOnlyList<ServiceCountRow> Verdicts { get; init; }

    /// <summary>Unfinished repairs (未完成维修单).</summary>
    public required IReadOnlyList<RepairRow> Unfinished { get; init; }

    /// <summary>Repeated repairs (返修单).</summary>
    public required IReadOnlyList<RepairRow> Repeated { get; init; }

    /// <summary>Every missed limit.</summary>
    public required IReadOnlyList<ServiceBreachRow> Breaches { get; init; }
}
