namespace ReportingEngine.Domain.Estate;

/// <summary>单元/房屋 — one unit; each has exactly one dossier (R-DOS-1).</summary>
/// <param name="Id">Unit identifier.</param>
/// <param name="BuildingId">Building.</param>
/// <param name="Entrance">单元 number within the building (1-based).</param>
/// <param name="Floor">Floor number.</param>
/// <param name="Room">Room number on the floor (e.g. <c>02</c>).</param>
/// <param name="BuildingArea">建筑面积 in m² (R-DOS-5).</param>
/// <param name="Use">Residence, shop or office.</param>
/// <param name="OccupiedOn">入伙日期 — when the owner moved in, or null while vacant/unsold.</param>
public sealed record Unit(
    string Id,
    string BuildingId,
    int Entrance,
    int Floor,
    string Room,
    decimal BuildingArea,
    UnitUse Use,
    DateOnly? OccupiedOn)
{
    /// <summary>楼层-房号 — the dossier folder label (R-DOS-1), e.g. <c>12-02</c>.</summary>
    public string Label => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Floor}-{Room}");
}
