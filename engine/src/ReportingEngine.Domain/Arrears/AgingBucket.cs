namespace ReportingEngine.Domain.Arrears;

/// <summary>
/// 账龄 — age of an overdue amount since its due date, in calendar months (R-FEE-3). Upper edges are inclusive:
/// an amount exactly one month past due is still in <see cref="UpToOneMonth"/>; one day more and it is in
/// <see cref="OneToTwoMonths"/> (the same "more than" as the collection ladder, <see cref="OverdueSpan"/>).
/// </summary>
public enum AgingBucket
{
    /// <summary>0–1 个月: past due by one day up to exactly one month.</summary>
    UpToOneMonth,

    /// <summary>1–2 个月: more than one, at most two months.</summary>
    OneToTwoMonths,

    /// <summary>2–3 个月: more than two, at most three months.</summary>
    TwoToThreeMonths,

    /// <summary>3–6 个月: more than three, at most six months.</summary>
    ThreeToSixMonths,

    /// <summary>6–12 个月: more than six, at most twelve months.</summary>
    SixToTwelveMonths,

    /// <summary>12 个月以上: more than twelve months.</summary>
    OverTwelveMonths,
}
