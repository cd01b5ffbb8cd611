namespace ReportingEngine.Generation.Dossiers;

/// <summary>档案封存清单 (R-DOS-10: dossiers to be sealed are sealed before January); model of <c>templates/sealing-list</c>.</summary>
public sealed record SealingListModel
{
    /// <summary>Document id (FCQD-year-community).</summary>
    public required string DocumentId { get; init; }

    /// <summary>Company.</summary>
    public required string Company { get; init; }

    /// <summary>Community.</summary>
    public required string Community { get; init; }

    /// <summary>The year whose transfers are covered.</summary>
    public required int Year { get; init; }

    /// <summary>The last day to complete the sealing (31 December of <see cref="Year"/>), yyyy-MM-dd.</summary>
    public required string SealBy { get; init; }

    /// <summary>The list's date, yyyy-MM-dd.</summary>
    public required string ListDate { get; init; }

    /// <summary>One line per transfer of the year.</summary>
    public required IReadOnlyList<SealingRow> Rows { get; init; }

    /// <summary>Papers to seal in all.</summary>
    public required int DocumentCount { get; init; }

    /// <summary>Originals among them.</summary>
    public required int Originals { get; init; }
}
