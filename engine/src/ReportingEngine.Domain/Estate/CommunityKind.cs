namespace ReportingEngine.Domain.Estate;

/// <summary>项目类型 — what a community is made of.</summary>
public enum CommunityKind
{
    /// <summary>住宅小区 — residential estate.</summary>
    Residential,

    /// <summary>商业大厦 — commercial building.</summary>
    Commercial,

    /// <summary>商住综合 — mixed residential and commercial.</summary>
    Mixed,
}
