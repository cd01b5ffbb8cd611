namespace ReportingEngine.Generation.Fees;

/// <summary>缴费通知单签收表 — the model of <c>templates/delivery-receipts/</c>: one sheet per building (R-COL-2).</summary>
public sealed record DeliveryReceiptsModel
{
    /// <summary>Archive number, also the document id (e.g. <c>FNR-2026-10-C01-B09</c>).</summary>
    public required string DocumentId { get; init; }

    /// <summary>Company name.</summary>
    public required string Company { get; init; }

    /// <summary>The issuing service center.</summary>
    public required string ServiceCenter { get; init; }

    /// <summary>Community name.</summary>
    public required string Community { get; init; }

    /// <summary>Building name.</summary>
    public required string Building { get; init; }

    /// <summary>Building id.</summary>
    public required string BuildingId { get; init; }

    /// <summary>Billing period <c>YYYY-MM</c>.</summary>
    public required string Period { get; init; }

    /// <summary>Issue date, <c>yyyy-MM-dd</c>.</summary>
    public required string IssueDate { get; init; }

    /// <summary>Due date, <c>yyyy-MM-dd</c>.</summary>
    public required string DueDate { get; init; }

    /// <summary>One row per notice, in delivery order.</summary>
    public required IReadOnlyList<DeliveryReceiptRow> Rows { get; init; }

    /// <summary>Sum of the rows' amounts.</summary>
    public required decimal Total { get; init; }
}
