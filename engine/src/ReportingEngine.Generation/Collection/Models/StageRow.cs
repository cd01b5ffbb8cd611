namespace ReportingEngine.Generation.Collection.Models;

/// <summary>One unit in arrears on a ladder-stage list (R-COL-1), with the reason for its stage.</summary>
public sealed record StageRow
{
    /// <summary>Unit id.</summary>
    public required string UnitId { get; init; }

    /// <summary>楼栋 楼层-房号.</summary>
    public required string Place { get; init; }

    /// <summary>Current owner(s).</summary>
    public required string Owner { get; init; }

    /// <summary>Oldest demanded month <c>YYYY-MM</c>.</summary>
    public required string OldestPeriod { get; init; }

    /// <summary>Its due date <c>yyyy-MM-dd</c>.</summary>
    public required string OldestDue { get; init; }

    /// <summary>Overdue span in words (尚未逾期 when not yet due).</summary>
    public required string Overdue { get; init; }

    /// <summary>Demandable amount owed.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Refused door visits.</summary>
    public required int RefusedVisits { get; init; }

    /// <summary>The stage's reason: the ladder's facts joined by ；.</summary>
    public required string Reason { get; init; }

    /// <summary>Approval state of a lawyer letter in the data, empty for other stages.</summary>
    public required string Approval { get; init; }
}
