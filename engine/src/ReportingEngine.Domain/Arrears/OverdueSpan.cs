using System.Globalization;

namespace ReportingEngine.Domain.Arrears;

/// <summary>逾期时长 — how long a due date has passed, in whole calendar months and leftover days.</summary>
/// <param name="Months">Whole calendar months: the largest m with due date + m months ≤ the day assessed.</param>
/// <param name="Days">Days beyond those months.</param>
/// <remarks>
/// Months are calendar months, day-of-month aware: due 2026-03-20 is exactly two months past due on 2026-05-20 and
/// more than two months past due from 2026-05-21. A due date on a day the target month lacks falls on that month's
/// last day (2026-01-31 + 1 month = 2026-02-28), as <see cref="DateOnly.AddMonths"/> and Civil Code art. 202 do.
/// The due date itself is the last day on time (see <c>FeeScheduleOptions</c>), so "past due" starts the next day.
/// </remarks>
public readonly record struct OverdueSpan(int Months, int Days)
{
    /// <summary>The span from a due date to a day; zero when the day is not after the due date.</summary>
    /// <param name="dueOn">Last day payment was on time.</param>
    /// <param name="asOf">The day assessed.</param>
    /// <returns>The span.</returns>
    public static OverdueSpan Between(DateOnly dueOn, DateOnly asOf)
    {
        if (asOf <= dueOn)
        {
            return default;
        }

        var months = ((asOf.Year - dueOn.Year) * 12) + asOf.Month - dueOn.Month;
        if (dueOn.AddMonths(months) > asOf)
        {
            months--;
        }

        return new OverdueSpan(months, asOf.DayNumber - dueOn.AddMonths(months).DayNumber);
    }

    /// <summary>True when the span is strictly longer than a number of months (exactly that many is not more).</summary>
    /// <param name="months">The threshold in months.</param>
    /// <returns>Whether the due date plus <paramref name="months"/> lies before the day assessed.</returns>
    public bool IsMoreThanMonths(int months) => Months > months || (Months == months && Days > 0);

    /// <summary>True when nothing is overdue.</summary>
    public bool IsZero => Months == 0 && Days == 0;

    /// <summary>The span as shown to staff, e.g. <c>3个月5天</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Months, Days) switch
    {
        (0, var d) => string.Create(CultureInfo.InvariantCulture, $"{d}天"),
        (var m, 0) => string.Create(CultureInfo.InvariantCulture, $"{m}个月"),
        var (m, d) => string.Create(CultureInfo.InvariantCulture, $"{m}个月{d}天"),
    };
}
