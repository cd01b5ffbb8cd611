namespace ReportingEngine.Domain.Inspections;

/// <summary>A dossier that may be drawn for a sample inspection, identified by unit and building.</summary>
/// <param name="UnitId">Unit (one dossier per unit, R-DOS-1).</param>
/// <param name="BuildingId">Building, for spreading the sample.</param>
public sealed record SampleCandidate(string UnitId, string BuildingId);
