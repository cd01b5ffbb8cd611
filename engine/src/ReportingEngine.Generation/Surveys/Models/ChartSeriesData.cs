namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>One named series of a chart; values are the numbers printed in the tables beside it.</summary>
/// <param name="Name">Legend name.</param>
/// <param name="Values">One value per category.</param>
internal sealed record ChartSeriesData(string Name, IReadOnlyList<decimal> Values);
