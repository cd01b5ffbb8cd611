namespace ReportingEngine.Domain.Arrears;

/// <summary>A time window for door visits: an evening or a weekend (R-COL-1 step 3: 晚上、双休日).</summary>
/// <param name="Day">The day.</param>
/// <param name="Start">Start time.</param>
/// <param name="End">End time.</param>
public sealed record VisitSlot(DateOnly Day, TimeOnly Start, TimeOnly End)
{
    /// <summary>True when the slot is on a Saturday or Sunday.</summary>
    public bool IsWeekend => Day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
