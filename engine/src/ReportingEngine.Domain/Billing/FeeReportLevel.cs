namespace ReportingEngine.Domain.Billing;

/// <summary>How fee figures are grouped (R-FEE-3/4).</summary>
public enum FeeReportLevel
{
    /// <summary>One row per community.</summary>
    Community,

    /// <summary>One row per community and billing month.</summary>
    CommunityMonth,

    /// <summary>One row per building.</summary>
    Building,

    /// <summary>One row per building and billing month.</summary>
    BuildingMonth,
}
