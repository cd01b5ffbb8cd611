namespace ReportingEngine.Generation.Collection.Models;

/// <summary>One eligible account on the draft list for approval (律师函审批名单, R-COL-1 step 4).</summary>
public sealed record LetterListRow
{
    /// <summary>Unit id.</summary>
    public required string UnitId { get; init; }

    /// <summary>楼栋 楼层-房号.</summary>
    public required string Place { get; init; }

    /// <summary>Current owner(s).</summary>
    public required string Owner { get; init; }

    /// <summary>First demanded month <c>YYYY-MM</c>.</summary>
    public required string FirstPeriod { get; init; }

    /// <summary>Last demanded month <c>YYYY-MM</c>.</summary>
    public required string LastPeriod { get; init; }

    /// <summary>Overdue span of the oldest demanded period.</summary>
    public required string Overdue { get; init; }

    /// <summary>Refused door visits.</summary>
    public required int RefusedVisits { get; init; }

    /// <summary>Why the account is eligible: overdue beyond the threshold, refused visits, or both.</summary>
    public required string Reason { get; init; }

    /// <summary>Amount the letter would demand.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Limitation status in words (running / at risk within 90 days / time-barred amounts left out).</summary>
    public required string Limitation { get; init; }

    /// <summary>Approval state recorded in the data (未报批, 待审批, 已审批, 已驳回, 已发出).</summary>
    public required string Approval { get; init; }
}
