namespace ReportingEngine.Generation.Collection.Models;

/// <summary>律师函审批名单 — the model of <c>templates/lawyer-letter-list/</c> (R-COL-1 step 4). Amounts in yuan.</summary>
public sealed record LetterListModel
{
    /// <summary>Archive number (e.g. <c>LLL-2026-11-05-C01</c>).</summary>
    public required string DocumentId { get; init; }

    /// <summary>The list's date, <c>yyyy-MM-dd</c> (the as-of day).</summary>
    public required string ListDate { get; init; }

    /// <summary>Company name.</summary>
    public required string Company { get; init; }

    /// <summary>The drafting service center (customer service).</summary>
    public required string ServiceCenter { get; init; }

    /// <summary>Community name.</summary>
    public required string Community { get; init; }

    /// <summary>Eligible accounts in delivery order.</summary>
    public required IReadOnlyList<LetterListRow> Rows { get; init; }

    /// <summary>Total of the amounts to be demanded.</summary>
    public required decimal Total { get; init; }

    /// <summary>Time-barred amounts of the listed accounts, left out of every demand (R-COL-2).</summary>
    public required decimal TimeBarredTotal { get; init; }

    /// <summary>Accounts already approved in the data.</summary>
    public required int Approved { get; init; }

    /// <summary>The R-COL-1 thresholds in words, printed as the list's basis.</summary>
    public required string Basis { get; init; }
}
