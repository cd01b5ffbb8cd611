using ReportingEngine.Domain.Common;

namespace ReportingEngine.Domain.Service;

/// <summary>The time bounds of a report month.</summary>
public static class ServicePeriod
{
    /// <summary>The first moment of the month and the first moment of the next one (exclusive).</summary>
    /// <param name="month">The month.</param>
    /// <returns>[from, until).</returns>
    public static (DateTime From, DateTime Until) Bounds(BillingPeriod month) =>
        (month.FirstDay.ToDateTime(TimeOnly.MinValue), month.AddMonths(1).FirstDay.ToDateTime(TimeOnly.MinValue));

    /// <summary>The default report date of a month: the first moment of the next month (R-REP-1: statistics by the 1st).</summary>
    /// <param name="month">The month.</param>
    /// <returns>The report date.</returns>
    public static DateTime DefaultAsOf(BillingPeriod month) => Bounds(month).Until;
}
