namespace ReportingEngine.Generation.Fees;

/// <summary>缴费通知单 — the model of <c>templates/fee-notice/</c> (R-FEE-2, R-COL-2, R-COL-3). Amounts in yuan.</summary>
public sealed record FeeNoticeModel
{
    /// <summary>Archive number, also the document id (e.g. <c>FN-2026-10-C01-B01-0302</c>).</summary>
    public required string DocumentId { get; init; }

    /// <summary>Company name.</summary>
    public required string Company { get; init; }

    /// <summary>The issuing service center (物业服务中心).</summary>
    public required string ServiceCenter { get; init; }

    /// <summary>Service center phone.</summary>
    public required string ServicePhone { get; init; }

    /// <summary>Community name.</summary>
    public required string Community { get; init; }

    /// <summary>Building name (e.g. 1栋).</summary>
    public required string Building { get; init; }

    /// <summary>Unit id.</summary>
    public required string UnitId { get; init; }

    /// <summary>楼层-房号 (R-DOS-1), e.g. <c>3-02</c>.</summary>
    public required string UnitLabel { get; init; }

    /// <summary>Current owners' names joined by 、; empty for an unsold unit.</summary>
    public required string Owner { get; init; }

    /// <summary>建筑面积 in m².</summary>
    public required decimal BuildingArea { get; init; }

    /// <summary>Billing period <c>YYYY-MM</c>.</summary>
    public required string Period { get; init; }

    /// <summary>Issue (delivery) date of the bill, <c>yyyy-MM-dd</c> (R-FEE-2: the 15th by default).</summary>
    public required string IssueDate { get; init; }

    /// <summary>Due date of the bill, <c>yyyy-MM-dd</c> (R-FEE-2: by the 20th by default).</summary>
    public required string DueDate { get; init; }

    /// <summary>The bill's lines in order.</summary>
    public required IReadOnlyList<FeeNoticeLine> Lines { get; init; }

    /// <summary>Already paid on the current bill (payments and credit) by the issue date.</summary>
    public required decimal CreditApplied { get; init; }

    /// <summary>本期应缴 — still owed on the current bill.</summary>
    public required decimal CurrentAmount { get; init; }

    /// <summary>往期欠费 — earlier demandable periods still owed, oldest first.</summary>
    public required IReadOnlyList<FeeNoticeArrears> Arrears { get; init; }

    /// <summary>Sum of <see cref="Arrears"/>.</summary>
    public required decimal ArrearsTotal { get; init; }

    /// <summary>Time-barred periods: shown apart for the account, never demanded (R-COL-2).</summary>
    public required IReadOnlyList<FeeNoticeArrears> TimeBarred { get; init; }

    /// <summary>Sum of <see cref="TimeBarred"/>.</summary>
    public required decimal TimeBarredTotal { get; init; }

    /// <summary>合计应缴 — current plus demandable arrears.</summary>
    public required decimal TotalDue { get; init; }

    /// <summary>付款参考号 printed for transfers and encoded by the QR code.</summary>
    public required string PaymentReference { get; init; }

    /// <summary>The QR code's payload (configured per company: <see cref="FeeNoticeOptions.PaymentPayloadFormat"/>).</summary>
    public required string PaymentPayload { get; init; }

    /// <summary>Further payment instructions configured per company.</summary>
    public required IReadOnlyList<string> PaymentNotes { get; init; }

    /// <summary>The seal image (R-COL-3), a path under the template folder or <c>templates/_assets/</c>.</summary>
    public required string Seal { get; init; }
}
