namespace ReportingEngine.Generation.Dossiers;

/// <summary>《质量检查记录》 (R-QI-1..3); model of <c>templates/inspection-record</c>. <see cref="Variant"/> <c>plan</c> lists the dossiers to check, <c>completed</c> the inspections done.</summary>
public sealed record InspectionRecordModel
{
    /// <summary>Document id.</summary>
    public required string DocumentId { get; init; }

    /// <summary><c>plan</c> or <c>completed</c>.</summary>
    public required string Variant { get; init; }

    /// <summary>Company.</summary>
    public required string Company { get; init; }

    /// <summary>Community.</summary>
    public required string Community { get; init; }

    /// <summary>Record date, yyyy-MM-dd.</summary>
    public required string AsOf { get; init; }

    /// <summary>全面检查 / 抽样检查 (plan variant).</summary>
    public required string Mode { get; init; }

    /// <summary>Why this inspection is owed (R-QI-1 / R-QI-2).</summary>
    public required string Reason { get; init; }

    /// <summary>All dossiers of the community.</summary>
    public required int Population { get; init; }

    /// <summary>Dossiers listed for checking.</summary>
    public required int Checked { get; init; }

    /// <summary>The sample seed, decimal, printed so the sample can be redrawn; empty for a full inspection.</summary>
    public required string Seed { get; init; }

    /// <summary>Occupancy, e.g. 91.7%.</summary>
    public required string Occupancy { get; init; }

    /// <summary>Inspector's post (R-QI-3): 客户服务主管.</summary>
    public required string InspectorRole { get; init; }

    /// <summary>Dossiers to check (plan variant).</summary>
    public required IReadOnlyList<InspectionRow> Rows { get; init; }

    /// <summary>Inspections done (completed variant).</summary>
    public required IReadOnlyList<CompletedInspectionRow> Completed { get; init; }
}
