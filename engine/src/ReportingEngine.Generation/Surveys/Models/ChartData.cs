namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>The data of one <c>&lt;chart&gt;</c>: category labels and series of displayed (rounded) values.</summary>
/// <param name="Title">Chart title.</param>
/// <param name="Categories">Category labels (x axis or pie slices).</param>
/// <param name="Series">Series, one value per category.</param>
/// <param name="AxisMin">Value axis minimum.</param>
/// <param name="AxisMax">Value axis maximum.</param>
internal sealed record ChartData(string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeriesData> Series, decimal AxisMin, decimal AxisMax);
