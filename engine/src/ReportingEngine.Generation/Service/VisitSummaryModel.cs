namespace ReportingEngine.Generation.Service;

/// <summary>走访情况季度汇总 (R-VIS-1 quarterly visit summary); model of <c>templates/visit-summary</c>.</summary>
public sealed record VisitSummaryModel
{
    /// <summary>Document id (ZFHZ-yyyyQn-community).</summary>
    public required string DocumentId { get; init; }

    /// <summary>Company.</summary>
    public required string Company { get; init; }

    /// <summary>Community.</summary>
    public required string Community { get; init; }

    /// <summary>Quarter, yyyyQn.</summary>
    public required string Quarter { get; init; }

    /// <summary>Quarter in Chinese (2026年第三季度).</summary>
    public required string QuarterLabel { get; init; }

    /// <summary>Report date (inclusive) and document date, yyyy-MM-dd.</summary>
    public required string AsOf { get; init; }

    /// <summary>Visits counted (户次).</summary>
    public required int Total { get; init; }

    /// <summary>Households visited (户).</summary>
    public required int Households { get; init; }

    /// <summary>Visits the manager joined.</summary>
    public required int ManagerVisits { get; init; }

    /// <summary>Months not yet ended on the report date and still without a manager visit (not judged).</summary>
    public required int PendingMonths { get; init; }

    /// <summary>The quarter's three months.</summary>
    public required IReadOnlyList<VisitMonthRow> Months { get; init; }

    /// <summary>Months that ended without a visit the manager joined (R-VIS-1 findings).</summary>
    public required IReadOnlyList<VisitMonthRow> Findings { get; init; }

    /// <summary>Per topic.</summary>
    public required IReadOnlyList<ServiceCountRow> Topics { get; init; }

    /// <summary>Every visit, by date then id.</summary>
    public required IReadOnlyList<VisitRow> Visits { get; init; }
}
