namespace ReportingEngine.Domain.Dossiers;

/// <summary>重要事件类别 — the five kinds of R-DOS-7.</summary>
public enum MajorEventCategory
{
    /// <summary>(a) 重大投诉.</summary>
    MajorComplaint,

    /// <summary>(b) 重大责任事故.</summary>
    LiabilityAccident,

    /// <summary>(c) 可能承担法律责任的事件.</summary>
    LegalLiability,

    /// <summary>(d) 重大房屋质量问题及维修.</summary>
    BuildingQuality,

    /// <summary>(e) 重要合同及承诺.</summary>
    ContractOrPromise,
}
