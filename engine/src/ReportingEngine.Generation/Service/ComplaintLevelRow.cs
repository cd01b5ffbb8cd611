namespace ReportingEngine.Generation.Service;

/// <summary>The month's complaints of one level.</summary>
/// <param name="Level">一般 / 重要 / 重大.</param>
/// <param name="Count">Received.</param>
/// <param name="OnTime">Met every limit.</param>
/// <param name="Judged">Outcome known.</param>
/// <param name="Rate">OnTime / Judged, or —.</param>
/// <param name="Open">Not fixed on the report date.</param>
public sealed record ComplaintLevelRow(string Level, int Count, int OnTime, int Judged, string Rate, int Open);
