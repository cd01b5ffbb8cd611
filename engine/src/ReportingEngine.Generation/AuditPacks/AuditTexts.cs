using System.Globalization;

namespace ReportingEngine.Generation.AuditPacks;

/// <summary>Formatting of numbers and dates in the pack (invariant culture; money to 0.01 yuan, half-up).</summary>
internal static class AuditTexts
{
    /// <summary>R-ACC-1: dossiers are company level-1 confidential; the pack is a controlled copy.</summary>
    public const string Marking = "公司一级机密·受控";

    public static string Money(decimal amount) =>
        Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Number(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    public static string Percent(decimal? percent) =>
        percent is { } p ? Math.Round(p, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Share(int part, int whole) =>
        whole == 0 ? "—" : Percent(part * 100m / whole);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Compact(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Cn(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string Range(DateOnly from, DateOnly to) => $"{Cn(from)}至{Cn(to)}";

    public static string Minutes(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A round axis maximum above <paramref name="largest"/> (1, 2 or 5 times a power of ten).</summary>
    public static string AxisMax(decimal largest)
    {
        if (largest <= 0)
        {
            return "1";
        }

        var magnitude = 1m;
        while (magnitude * 10 <= largest)
        {
            magnitude *= 10;
        }

        foreach (var step in new[] { 1m, 2m, 5m, 10m })
        {
            if (magnitude * step > largest)
            {
                return (magnitude * step).ToString("0", CultureInfo.InvariantCulture);
            }
        }

        return (magnitude * 10).ToString("0", CultureInfo.InvariantCulture);
    }

    /// <summary>Chinese section numbers 一 … 十.</summary>
    public static string Ordinal(int number) => number switch
    {
        1 => "一",
        2 => "二",
        3 => "三",
        4 => "四",
        5 => "五",
        6 => "六",
        7 => "七",
        8 => "八",
        9 => "九",
        10 => "十",
        _ => number.ToString(CultureInfo.InvariantCulture),
    };
}
