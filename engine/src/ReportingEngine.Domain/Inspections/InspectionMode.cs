namespace ReportingEngine.Domain.Inspections;

/// <summary>Which dossier quality inspection (质量检查) a community owes (R-QI-1, R-QI-2).</summary>
public enum InspectionMode
{
    /// <summary>Neither trigger of R-QI-1 has been reached yet: no inspection is owed.</summary>
    NotYetDue,

    /// <summary>The full inspection of all move-in and renovation dossiers (R-QI-1).</summary>
    Full,

    /// <summary>The half-yearly sample inspection of at least 5 % of all dossiers (R-QI-2).</summary>
    Sample,
}
