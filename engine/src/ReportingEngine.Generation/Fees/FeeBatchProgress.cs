namespace ReportingEngine.Generation.Fees;

/// <summary>Where a running batch is.</summary>
/// <param name="BuildingsDone">Chunks finished.</param>
/// <param name="BuildingsTotal">Chunks in the batch.</param>
/// <param name="NoticesWritten">Notices written in this run.</param>
/// <param name="NoticesUpToDate">Notices already generated from the same data and template (register).</param>
public sealed record FeeBatchProgress(int BuildingsDone, int BuildingsTotal, int NoticesWritten, int NoticesUpToDate);
