namespace ReportingEngine.Domain.Archive;

/// <summary>检查类别 (R-QI-1, R-QI-2).</summary>
public enum InspectionKind
{
    /// <summary>全面检查.</summary>
    Full,

    /// <summary>抽查 (≥ 5 %).</summary>
    Sample,
}
