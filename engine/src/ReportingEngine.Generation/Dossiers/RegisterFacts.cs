namespace ReportingEngine.Generation.Dossiers;

/// <summary>What the output register records about a document besides its bytes.</summary>
/// <param name="Subject">Unit, building or community.</param>
/// <param name="Period">Period (yyyy-MM, or the year for control numbers).</param>
/// <param name="ControlNumber">Control number of a controlled copy (R-ACC-3).</param>
/// <param name="Recipient">Recipient of a controlled copy.</param>
internal sealed record RegisterFacts(string Subject, string Period, string? ControlNumber = null, string? Recipient = null);
