using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Billing;

/// <summary>缴费日程 — notice and due dates per billing period (R-FEE-2).</summary>
public static class FeeSchedule
{
    /// <summary>The dates of a period under a schedule.</summary>
    /// <param name="period">The billing (collection) month.</param>
    /// <param name="options">The company's schedule, <see cref="FeeScheduleOptions.Default"/> when null.</param>
    /// <returns>Notice and due dates.</returns>
    /// <exception cref="ArgumentException">The options are invalid (see <see cref="FeeScheduleOptions.Validate"/>).</exception>
    public static FeeScheduleDates For(BillingPeriod period, FeeScheduleOptions? options = null)
    {
        options ??= FeeScheduleOptions.Default;
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        var due = DayOf(period, options.DueDay);
        var notice = options.Kind switch
        {
            // R-FEE-2, 002 §7.3: the 15th of the billing month.
            FeeScheduleKind.MidMonth => DayOf(period, options.NoticeDay),

            // R-FEE-2 alternative, 004 C: 10–15 days before the collection month begins.
            _ => period.FirstDay.AddDays(-options.LeadDays),
        };
        return new FeeScheduleDates(period, notice, due);
    }

    /// <summary>The due date of a period (R-FEE-2).</summary>
    /// <param name="period">The billing month.</param>
    /// <param name="options">The company's schedule, the default when null.</param>
    /// <returns>The last day payment is on time.</returns>
    public static DateOnly DueOn(BillingPeriod period, FeeScheduleOptions? options = null) => For(period, options).DueOn;

    private static DateOnly DayOf(BillingPeriod period, int day) =>
        new(period.Year, period.Month, Math.Min(day, DateTime.DaysInMonth(period.Year, period.Month)));
}
