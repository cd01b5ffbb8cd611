namespace ReportingEngine.Data.Reading;

/// <summary>Which units a query covers: everything, a community, a building or one unit.</summary>
public sealed record UnitScope
{
    /// <summary>Every unit of every community.</summary>
    public static UnitScope All { get; } = new();

    /// <summary>Only this community.</summary>
    public string? CommunityId { get; init; }

    /// <summary>Only this building.</summary>
    public string? BuildingId { get; init; }

    /// <summary>Only this unit.</summary>
    public string? UnitId { get; init; }

    /// <summary>A community scope.</summary>
    /// <param name="communityId">Community.</param>
    /// <returns>The scope.</returns>
    public static UnitScope Community(string communityId) => new() { CommunityId = communityId };

    /// <summary>A building scope.</summary>
    /// <param name="buildingId">Building.</param>
    /// <returns>The scope.</returns>
    public static UnitScope Building(string buildingId) => new() { BuildingId = buildingId };

    /// <summary>A single-unit scope.</summary>
    /// <param name="unitId">Unit.</param>
    /// <returns>The scope.</returns>
    public static UnitScope Unit(string unitId) => new() { UnitId = unitId };
}
