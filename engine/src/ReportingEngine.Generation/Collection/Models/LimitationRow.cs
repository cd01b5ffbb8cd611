namespace ReportingEngine.Generation.Collection.Models;

/// <summary>One fee period near or past the end of its limitation period (R-COL-2; Civil Code art. 188/195).</summary>
public sealed record LimitationRow
{
    /// <summary>Community name.</summary>
    public required string Community { get; init; }

    /// <summary>楼栋 楼层-房号.</summary>
    public required string Place { get; init; }

    /// <summary>Current owner(s).</summary>
    public required string Owner { get; init; }

    /// <summary>Billing month <c>YYYY-MM</c>.</summary>
    public required string Period { get; init; }

    /// <summary>Amount owed on it.</summary>
    public required decimal Outstanding { get; init; }

    /// <summary>Day the limitation period ends (or ended), <c>yyyy-MM-dd</c>.</summary>
    public required string ExpiresOn { get; init; }

    /// <summary>Days left (negative once time-barred).</summary>
    public required int DaysLeft { get; init; }

    /// <summary>The last interruption in words (delivery, part payment, acknowledgement), or 无.</summary>
    public required string LastInterruption { get; init; }
}
