using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ReportingEngine.Domain.Common;

/// <summary>账期 — a billing month written <c>YYYY-MM</c>.</summary>
/// <param name="Year">Calendar year (2000–2999).</param>
/// <param name="Month">Month 1–12.</param>
public readonly record struct BillingPeriod(int Year, int Month) : IComparable<BillingPeriod>
{
    /// <summary>The first day of the period.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The period <paramref name="months"/> later (negative for earlier).</summary>
    /// <param name="months">Months to add.</param>
    /// <returns>The shifted period.</returns>
    public BillingPeriod AddMonths(int months)
    {
        var index = (Year * 12) + (Month - 1) + months;
        return new BillingPeriod(index / 12, (index % 12) + 1);
    }

    /// <summary>Whole months from this period to <paramref name="later"/>.</summary>
    /// <param name="later">The later period.</param>
    /// <returns>Month difference (negative when <paramref name="later"/> is earlier).</returns>
    public int MonthsUntil(BillingPeriod later) => ((later.Year * 12) + later.Month) - ((Year * 12) + Month);

    /// <summary>The period containing a date.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The period of that date.</returns>
    public static BillingPeriod Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Parses <c>YYYY-MM</c> exactly.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period when valid.</param>
    /// <returns>True when the text is a valid period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out BillingPeriod period)
    {
        period = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 2000 || year > 2999 || month < 1 || month > 12)
        {
            return false;
        }

        period = new BillingPeriod(year, month);
        return true;
    }

    /// <summary>Parses <c>YYYY-MM</c>, throwing <see cref="FormatException"/> when malformed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    public static BillingPeriod Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period YYYY-MM");

    /// <inheritdoc />
    public int CompareTo(BillingPeriod other) => ((Year * 12) + Month).CompareTo((other.Year * 12) + other.Month);

    /// <summary>Compares two periods.</summary>
    public static bool operator <(BillingPeriod left, BillingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Compares two periods.</summary>
    public static bool operator >(BillingPeriod left, BillingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Compares two periods.</summary>
    public static bool operator <=(BillingPeriod left, BillingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two periods.</summary>
    public static bool operator >=(BillingPeriod left, BillingPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>The period as <c>YYYY-MM</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
