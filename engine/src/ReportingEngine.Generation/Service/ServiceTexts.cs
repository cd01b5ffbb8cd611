using System.Globalization;
using ReportingEngine.Domain.Service;

namespace ReportingEngine.Generation.Service;

/// <summary>Formats shared by the service documents, and their messages.</summary>
internal static class ServiceTexts
{
    public static string Minutes(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateTime time) => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Compact(Domain.Common.BillingPeriod month) => string.Create(CultureInfo.InvariantCulture, $"{month.Year:0000}{month.Month:00}");

    public static string Percent(ServiceRate rate) =>
        rate.Percent is { } percent ? percent.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Share(int count, int total) =>
        total == 0 ? "—" : Math.Round(count * 100m / total, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Limit(TimeSpan limit) => "≤" + ServiceMessages.Duration(limit);

    public static string Unit(IReadOnlyDictionary<string, string> labels, string? unitId) =>
        unitId is null ? "—" : labels.TryGetValue(unitId, out var label) ? label : unitId;

    public static ServiceRateRow RateRow(CheckRate rate, string applies, TimeSpan? limit) => new(
        ServiceMessages.Label(rate.Check),
        ServiceMessages.RuleId(rate.Check),
        limit is { } l ? Limit(l) : "100%",
        applies,
        rate.Rate.Met,
        rate.Rate.Judged,
        rate.Pending,
        Percent(rate.Rate));

    public static IReadOnlyList<ServiceCountRow> Counts(IEnumerable<CountRow> rows, int total) =>
        [.. rows.Select(r => new ServiceCountRow(r.Key, r.Count, Share(r.Count, total)))];

    public static ServiceBreachRow BreachRow(int no, ServiceBreach breach, string unit, string subject, TimeSpan? limit) => new(
        no,
        breach.RecordId,
        unit,
        subject,
        ServiceMessages.Label(breach.Check),
        limit is { } l ? Limit(l) : "回访率100%",
        Minutes(breach.Result.Start),
        breach.Result.DoneAt is { } done ? Minutes(done) : "未完成",
        (breach.Result.StillOpen ? "至统计日已超" : "超") + ServiceMessages.Duration(breach.Overrun),
        breach.Result.StillOpen);

    public static string AsOfBeforeQuarter(DateOnly asOf, Domain.Common.SurveyQuarter quarter) =>
        $"--as-of {Date(asOf)}: error: before the quarter {quarter} begins ({Date(quarter.FirstDay)}); nothing could be counted";
}
