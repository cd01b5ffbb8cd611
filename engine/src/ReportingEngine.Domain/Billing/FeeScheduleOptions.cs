namespace ReportingEngine.Domain.Billing;

/// <summary>缴费日程 — when notices go out and when payment is due (R-FEE-2). Configuration, 002 §7.3 by default.</summary>
/// <remarks>
/// <para>
/// Due date decision. 002 §7.3 reads 「每月15日將"付款請求書"送交業戶,請業戶于當月20日前付費,逾期由業務員上門收款」.
/// We print the 20th as the due date and treat it as the last day payment is on time: a payment made on the
/// 20th is not overdue, the account is overdue from the 21st. Chinese notices habitually read 「X日前」 as
/// "by day X", and counting the 20th in the owner's favour never flags an on-time payer; every "months past
/// due" and every limitation period is measured from this date.
/// </para>
/// <para>
/// 004 C's alternative: the notice goes out 10–15 days before the collection month (here: <see cref="LeadDays"/>
/// days before its first day) and states a deadline (here: <see cref="DueDay"/> of the collection month).
/// </para>
/// </remarks>
public sealed record FeeScheduleOptions
{
    /// <summary>002 §7.3: notice on the 15th, due by the 20th of the billing month.</summary>
    public static FeeScheduleOptions Default { get; } = new();

    /// <summary>004 C: notice 15 days before the collection month, due by the 20th of the collection month.</summary>
    public static FeeScheduleOptions AdvanceNotice { get; } = new() { Kind = FeeScheduleKind.AdvanceNotice };

    /// <summary>Which calendar applies.</summary>
    public FeeScheduleKind Kind { get; init; } = FeeScheduleKind.MidMonth;

    /// <summary>Day of the billing month the notice reaches the owner (<see cref="FeeScheduleKind.MidMonth"/>), 1–28.</summary>
    public int NoticeDay { get; init; } = 15;

    /// <summary>Last day of the month on which payment is on time, 1–31 (clamped to the month's length).</summary>
    public int DueDay { get; init; } = 20;

    /// <summary>Days before the collection month the notice goes out (<see cref="FeeScheduleKind.AdvanceNotice"/>), 10–15 per 004 C.</summary>
    public int LeadDays { get; init; } = 15;

    /// <summary>Checks the options once, when they are built from configuration.</summary>
    /// <returns>The problems found, empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (NoticeDay is < 1 or > 28)
        {
            problems.Add("NoticeDay must be between 1 and 28");
        }

        if (DueDay is < 1 or > 31)
        {
            problems.Add("DueDay must be between 1 and 31");
        }

        if (Kind == FeeScheduleKind.MidMonth && DueDay < NoticeDay)
        {
            problems.Add("DueDay must not be before NoticeDay (R-FEE-2: the notice comes first)");
        }

        if (LeadDays is < 10 or > 15)
        {
            problems.Add("LeadDays must be between 10 and 15 (004 C: 收款月到来前10-15天)");
        }

        return problems;
    }
}
