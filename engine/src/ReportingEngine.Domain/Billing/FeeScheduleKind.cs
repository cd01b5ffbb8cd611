namespace ReportingEngine.Domain.Billing;

/// <summary>Which regulation's fee calendar a company follows (R-FEE-2).</summary>
public enum FeeScheduleKind
{
    /// <summary>
    /// 002 §7.3: the payment request (付款请求书) reaches the owner on the 15th of the billing month and is paid
    /// by the 20th of the same month. The default.
    /// </summary>
    MidMonth,

    /// <summary>
    /// 004 C (正常催收): the housekeeper hands out the notice 10–15 days before the collection month begins,
    /// stating the amount and a deadline inside the collection month.
    /// </summary>
    AdvanceNotice,
}
