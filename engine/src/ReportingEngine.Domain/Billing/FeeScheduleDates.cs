using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Billing;

/// <summary>The notice and due dates of one billing period (R-FEE-2).</summary>
/// <param name="Period">The billing (collection) month.</param>
/// <param name="NoticeOn">Day the notice reaches the owner.</param>
/// <param name="DueOn">Last day payment is on time; overdue from the next day.</param>
public sealed record FeeScheduleDates(BillingPeriod Period, DateOnly NoticeOn, DateOnly DueOn);
