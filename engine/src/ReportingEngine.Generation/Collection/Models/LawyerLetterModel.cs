namespace ReportingEngine.Generation.Collection.Models;

/// <summary>律师函 — the model of <c>templates/lawyer-letter/</c> (R-COL-1 step 4, R-COL-2, R-COL-3). Amounts in yuan.</summary>
public sealed record LawyerLetterModel
{
    /// <summary>Archive number, also the letter's number (e.g. <c>LL-2026-11-05-C01-B01-0404</c>).</summary>
    public required string DocumentId { get; init; }

    /// <summary>The letter's date, <c>yyyy-MM-dd</c> (the as-of day).</summary>
    public required string LetterDate { get; init; }

    /// <summary>The law firm sending the letter.</summary>
    public required string LawFirm { get; init; }

    /// <summary>The firm's address; may be empty.</summary>
    public required string LawFirmAddress { get; init; }

    /// <summary>The firm's phone; may be empty.</summary>
    public required string LawFirmPhone { get; init; }

    /// <summary>The handling lawyer(s); may be empty.</summary>
    public required string Lawyer { get; init; }

    /// <summary>The creditor: the property company (委托人).</summary>
    public required string Company { get; init; }

    /// <summary>The creditor's address.</summary>
    public required string CompanyAddress { get; init; }

    /// <summary>The service center whose seal the letter bears (R-COL-3).</summary>
    public required string ServiceCenter { get; init; }

    /// <summary>The service center's phone.</summary>
    public required string ServicePhone { get; init; }

    /// <summary>The debtor: current owner(s) joined by 、.</summary>
    public required string Owner { get; init; }

    /// <summary>Community name.</summary>
    public required string Community { get; init; }

    /// <summary>Community address.</summary>
    public required string CommunityAddress { get; init; }

    /// <summary>Building name.</summary>
    public required string Building { get; init; }

    /// <summary>Unit id.</summary>
    public required string UnitId { get; init; }

    /// <summary>楼层-房号 (R-DOS-1).</summary>
    public required string UnitLabel { get; init; }

    /// <summary>建筑面积 m².</summary>
    public required decimal BuildingArea { get; init; }

    /// <summary>The demanded periods, oldest first.</summary>
    public required IReadOnlyList<LetterPeriod> Periods { get; init; }

    /// <summary>First demanded month <c>YYYY-MM</c>.</summary>
    public required string FirstPeriod { get; init; }

    /// <summary>Last demanded month <c>YYYY-MM</c>.</summary>
    public required string LastPeriod { get; init; }

    /// <summary>Total demanded.</summary>
    public required decimal Total { get; init; }

    /// <summary>Payment deadline, <c>yyyy-MM-dd</c>.</summary>
    public required string Deadline { get; init; }

    /// <summary>How long the oldest demanded period is overdue, e.g. <c>7个月16天</c>.</summary>
    public required string Overdue { get; init; }

    /// <summary>Refused door visits recorded since the oldest demanded period fell due.</summary>
    public required int RefusedVisits { get; init; }

    /// <summary>The service center's seal image (R-COL-3).</summary>
    public required string Seal { get; init; }
}
