namespace ReportingEngine.Generation.Dossiers;

/// <summary>未归还档案资料清单 for the general manager before the 5th (R-ACC-5); model of <c>templates/borrowings-report</c>.</summary>
public sealed record BorrowingsReportModel
{
    /// <summary>Document id.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Company.</summary>
    public required string Company { get; init; }

    /// <summary>Community.</summary>
    public required string Community { get; init; }

    /// <summary>As-of date, yyyy-MM-dd.</summary>
    public required string AsOf { get; init; }

    /// <summary>Unreturned borrowings.</summary>
    public required IReadOnlyList<BorrowingRow> Rows { get; init; }

    /// <summary>Originals among them.</summary>
    public required int Originals { get; init; }

    /// <summary>Copies among them.</summary>
    public required int Copies { get; init; }

    /// <summary>Rows flagged as R-ACC-4 violations.</summary>
    public required int Violations { get; init; }

    /// <summary>Rows past due.</summary>
    public required int Overdue { get; init; }
}
