using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Arrears;

/// <summary>One fee item owed, with the periods it spans (what the caller states on the phone, R-COL-1 step 2).</summary>
/// <param name="Name">Fee item name (物业管理费…).</param>
/// <param name="From">First period owed.</param>
/// <param name="To">Last period owed.</param>
/// <param name="Amount">Amount owed, in yuan.</param>
public sealed record ArrearsItem(string Name, BillingPeriod From, BillingPeriod To, decimal Amount);
