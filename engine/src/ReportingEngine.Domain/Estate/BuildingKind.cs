namespace ReportingEngine.Domain.Estate;

/// <summary>楼宇类型 — residential or commercial building.</summary>
public enum BuildingKind
{
    /// <summary>住宅楼.</summary>
    Residential,

    /// <summary>商业楼/写字楼.</summary>
    Commercial,
}
