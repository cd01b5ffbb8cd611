namespace ReportingEngine.Generation.AuditPacks.Models;

/// <summary>One chart series: name and values formatted with '.' (invariant culture).</summary>
/// <param name="Name">Series name.</param>
/// <param name="Values">Values, one per category.</param>
internal sealed record AuditSeries(string Name, IReadOnlyList<string> Values);
