namespace ReportingEngine.Generation.Service;

/// <summary>投诉月度汇总 (R-CMP-1 monthly summary); model of <c>templates/complaint-summary</c>.</summary>
public sealed record ComplaintSummaryModel
{
    /// <summary>Document id (TSHZ-yyyyMM-community).</summary>
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

    /// <summary>Complaints received.</summary>
    public required int Total { get; init; }

    /// <summary>Complaints whose outcome is known.</summary>
    public required int Judged { get; init; }

    /// <summary>Complaints that met every limit of their level.</summary>
    public required int OnTime { get; init; }

    /// <summary>On-time rate (95.0%), or — when nothing was judged.</summary>
    public required string OnTimeRate { get; init; }

    /// <summary>Complaints not fixed on the report date.</summary>
    public required int OpenCount { get; init; }

    /// <summary>Per level: 一般 / 重要 / 重大.</summary>
    public required IReadOnlyList<ComplaintLevelRow> Levels { get; init; }

    /// <summary>Per category.</summary>
    public required IReadOnlyList<ServiceCountRow> Categories { get; init; }

    /// <summary>Per limit.</summary>
    public required IReadOnlyList<ServiceRateRow> Checks { get; init; }

    /// <summary>Every missed limit.</summary>
    public required IReadOnlyList<ServiceBreachRow> Breaches { get; init; }

    /// <summary>Complaints not fixed on the report date.</summary>
    public required IReadOnlyList<OpenComplaintRow> Open { get; init; }
}
