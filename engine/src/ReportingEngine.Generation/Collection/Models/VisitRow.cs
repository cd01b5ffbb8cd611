namespace ReportingEngine.Generation.Collection.Models;

/// <summary>One planned door visit (R-COL-1 step 3): the slot (evening or weekend) and the unit.</summary>
public sealed record VisitRow
{
    /// <summary>Visit day <c>yyyy-MM-dd</c>.</summary>
    public required string Day { get; init; }

    /// <summary>Weekday in Chinese (周一 … 周日).</summary>
    public required string Weekday { get; init; }

    /// <summary>Time window, e.g. <c>18:30—21:00</c>.</summary>
    public required string Window { get; init; }

    /// <summary>Unit id.</summary>
    public required string UnitId { get; init; }

    /// <summary>楼栋 楼层-房号.</summary>
    public required string Place { get; init; }

    /// <summary>Current owner(s).</summary>
    public required string Owner { get; init; }

    /// <summary>Demandable amount owed.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Overdue span in words.</summary>
    public required string Overdue { get; init; }
}
