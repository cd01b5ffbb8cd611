namespace ReportingEngine.Generation.AuditPacks.Models;

/// <summary>A bar chart: title, category labels, series and the axis maximum.</summary>
/// <param name="Title">Chart title.</param>
/// <param name="Categories">Category labels.</param>
/// <param name="Series">Series, one value per category.</param>
/// <param name="AxisMax">Axis maximum (a round number above the largest value).</param>
internal sealed record AuditChart(string Title, IReadOnlyList<string> Categories, IReadOnlyList<AuditSeries> Series, string AxisMax);
