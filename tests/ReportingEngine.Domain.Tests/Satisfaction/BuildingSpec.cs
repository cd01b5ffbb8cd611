namespace ReportingEngine.Domain.Tests.Satisfaction;

/// <summary>One generated building.</summary>
public sealed record BuildingSpec(int Entrances, int Floors, int RoomsPerFloor, int SortOrder);
