using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Billing;

/// <summary>One row of a fee report.</summary>
/// <param name="CommunityId">Community.</param>
/// <param name="BuildingId">Building, null on community rows.</param>
/// <param name="Period">Billing month, null on rows over all months.</param>
/// <param name="Figures">Receivable, received, arrears, rate.</param>
public sealed record FeeReportRow(string CommunityId, string? BuildingId, BillingPeriod? Period, FeeFigures Figures);
