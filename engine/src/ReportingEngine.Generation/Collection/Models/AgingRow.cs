namespace ReportingEngine.Generation.Collection.Models;

/// <summary>One aging bucket (R-FEE-3): label, amount overdue and its share of all overdue arrears.</summary>
/// <param name="Label">Bucket label, e.g. <c>3–6个月</c>.</param>
/// <param name="Amount">Amount overdue in the bucket.</param>
/// <param name="Share">Share of the overdue total as printed, e.g. <c>12.50%</c>.</param>
/// <param name="ChartValue">The amount as an invariant number for the chart.</param>
public sealed record AgingRow(string Label, decimal Amount, string Share, string ChartValue);
