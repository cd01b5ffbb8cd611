namespace ReportingEngine.Domain.Arrears;

/// <summary>催缴阶段 — where a unit stands on the collection ladder (R-COL-1).</summary>
public enum CollectionStage
{
    /// <summary>Nothing owed (or only time-barred periods, which are not demanded).</summary>
    None,

    /// <summary>正常催收 — the fee notice is out and not yet due (R-COL-1 step 1).</summary>
    Reminder,

    /// <summary>电话催收 — past due: the collector calls (R-FEE-2); owners living abroad are called (R-COL-1 step 2).</summary>
    Phone,

    /// <summary>上门催收 — more than two months past due: a team of ≥ 2, evenings or weekends (R-COL-1 step 3).</summary>
    DoorVisit,

    /// <summary>律师函 — more than two months and at most one year past due, or ≥ 2 refused visits (R-COL-1 step 4).</summary>
    LawyerLetter,

    /// <summary>More than one year past due: beyond the ladder, a litigation candidate — not a lawyer letter.</summary>
    BeyondLadder,
}
