namespace ReportingEngine.Generation.Collection.Models;

/// <summary>One call on the phone list with the facts the script states (R-COL-1 step 2): items, periods, amounts, deadline.</summary>
public sealed record PhoneRow
{
    /// <summary>Unit id.</summary>
    public required string UnitId { get; init; }

    /// <summary>楼栋 楼层-房号.</summary>
    public required string Place { get; init; }

    /// <summary>Current owner(s).</summary>
    public required string Owner { get; init; }

    /// <summary>Mobile(s) to call.</summary>
    public required string Phone { get; init; }

    /// <summary>The script's greeting (…您好).</summary>
    public required string Greeting { get; init; }

    /// <summary>Owed items: name, months, amount.</summary>
    public required IReadOnlyList<PhoneItem> Items { get; init; }

    /// <summary>First overdue month <c>YYYY-MM</c>.</summary>
    public required string FromPeriod { get; init; }

    /// <summary>Last overdue month <c>YYYY-MM</c>.</summary>
    public required string ToPeriod { get; init; }

    /// <summary>Total overdue.</summary>
    public required decimal Total { get; init; }

    /// <summary>Deadline to state, <c>yyyy-MM-dd</c>.</summary>
    public required string Deadline { get; init; }

    /// <summary>True when the owner lives abroad (the phone is the ladder's means, R-COL-1 step 2).</summary>
    public required bool Abroad { get; init; }
}
