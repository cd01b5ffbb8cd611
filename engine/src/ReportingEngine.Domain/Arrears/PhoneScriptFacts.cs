using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Arrears;

/// <summary>
/// 电话催收 — the facts of a reminder call in the order 004 C prescribes: greet, identify self (unit and name), state
/// each item with its periods and amounts, set a deadline, thank the owner before hanging up (R-COL-1 step 2).
/// </summary>
/// <param name="UnitId">The unit.</param>
/// <param name="UnitLabel">The unit's label.</param>
/// <param name="OwnerName">Whom to address.</param>
/// <param name="Greeting">问好.</param>
/// <param name="CallerIntroduction">自报单位、姓名.</param>
/// <param name="Items">各项费用 with 起止时间 and 金额.</param>
/// <param name="From">First period owed.</param>
/// <param name="To">Last period owed.</param>
/// <param name="Total">Total owed, in yuan.</param>
/// <param name="Deadline">限定缴款期限.</param>
/// <param name="Closing">致谢.</param>
public sealed record PhoneScriptFacts(
    string UnitId,
    string UnitLabel,
    string OwnerName,
    string Greeting,
    string CallerIntroduction,
    IReadOnlyList<ArrearsItem> Items,
    BillingPeriod From,
    BillingPeriod To,
    decimal Total,
    DateOnly Deadline,
    string Closing);
