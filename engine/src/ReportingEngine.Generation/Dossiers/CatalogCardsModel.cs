namespace ReportingEngine.Generation.Dossiers;

/// <summary>A sheet of catalog cards for one building, cut along the dashed lines; model of <c>templates/catalog-cards</c>.</summary>
public sealed record CatalogCardsModel
{
    /// <summary>Document id.</summary>
    public required string DocumentId { get; init; }

    /// <summary>Company.</summary>
    public required string Company { get; init; }

    /// <summary>Community.</summary>
    public required string Community { get; init; }

    /// <summary>Building.</summary>
    public required string Building { get; init; }

    /// <summary>Date, yyyy-MM-dd.</summary>
    public required string AsOf { get; init; }

    /// <summary>Card rows, two cards each.</summary>
    public required IReadOnlyList<CatalogCardRow> Rows { get; init; }

    /// <summary>Cards on the sheet.</summary>
    public required int CardCount { get; init; }
}
