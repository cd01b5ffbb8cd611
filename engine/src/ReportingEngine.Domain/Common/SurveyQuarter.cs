using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ReportingEngine.Domain.Common;

/// <summary>季度 — a survey quarter written <c>YYYYQn</c> (R-SAT-1).</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Quarter">Quarter 1–4.</param>
public readonly record struct SurveyQuarter(int Year, int Quarter) : IComparable<SurveyQuarter>
{
    /// <summary>The first day of the quarter.</summary>
    public DateOnly FirstDay => new(Year, ((Quarter - 1) * 3) + 1, 1);

    /// <summary>The last day of the quarter.</summary>
    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    /// <summary>The quarter's three months, in order.</summary>
    public IReadOnlyList<BillingPeriod> Months => [BillingPeriod.Of(FirstDay), BillingPeriod.Of(FirstDay).AddMonths(1), BillingPeriod.Of(FirstDay).AddMonths(2)];

    /// <summary>The quarter containing a date.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The quarter.</returns>
    public static SurveyQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>Parses <c>YYYYQn</c> exactly.</summary>
    /// <param name="text">The text.</param>
    /// <param name="quarter">The quarter when valid.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out SurveyQuarter quarter)
    {
        quarter = default;
        if (text is null || text.Length != 6 || text[4] != 'Q')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 2000 || year > 2999 || text[5] < '1' || text[5] > '4')
        {
            return false;
        }

        quarter = new SurveyQuarter(year, text[5] - '0');
        return true;
    }

    /// <summary>Parses <c>YYYYQn</c>, throwing <see cref="FormatException"/> when malformed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quarter.</returns>
    public static SurveyQuarter Parse(string text) =>
        TryParse(text, out var quarter) ? quarter : throw new FormatException($"'{text}' is not a quarter YYYYQn");

    /// <inheritdoc />
    public int CompareTo(SurveyQuarter other) => ((Year * 4) + Quarter).CompareTo((other.Year * 4) + other.Quarter);

    /// <summary>Compares two quarters.</summary>
    public static bool operator <(SurveyQuarter left, SurveyQuarter right) => left.CompareTo(right) < 0;

    /// <summary>Compares two quarters.</summary>
    public static bool operator >(SurveyQuarter left, SurveyQuarter right) => left.CompareTo(right) > 0;

    /// <summary>Compares two quarters.</summary>
    public static bool operator <=(SurveyQuarter left, SurveyQuarter right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two quarters.</summary>
    public static bool operator >=(SurveyQuarter left, SurveyQuarter right) => left.CompareTo(right) >= 0;

    /// <summary>The quarter as <c>YYYYQn</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}Q{Quarter}");
}
