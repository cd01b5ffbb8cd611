using ReportingEngine.Domain.Inspections;

namespace ReportingEngine.Generation.Dossiers;

/// <summary>A dossier as the inspection record sees it: who, where, and what the data already shows missing.</summary>
internal sealed record InspectionCandidate(SampleCandidate Candidate, string Building, string Room, string Owner, IReadOnlyList<string> Missing, DateOnly? OccupiedOn, bool HasRequirements);
