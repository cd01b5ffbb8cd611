using System.Globalization;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Satisfaction.Scoring;

namespace ReportingEngine.Generation.Surveys;

/// <summary>How survey numbers and quarters are printed (invariant culture, scores to 0.1, rates to 0.1 %).</summary>
internal static class SurveyFormat
{
    /// <summary>Printed for a value that has no data.</summary>
    public const string None = "—";

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static string Score(SatisfactionScore? score) => score is { } s ? s.ToString() : None;

    public static string Number(decimal value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A change with its sign, e.g. <c>+1.2</c>, <c>-0.4</c>, <c>0.0</c>.</summary>
    public static string Delta(decimal? delta) => delta switch
    {
        null => None,
        > 0m => "+" + Number(delta.Value),
        _ => Number(delta.Value),
    };

    /// <summary>A share as a percentage rounded half-up to 0.1, e.g. <c>10.2%</c>.</summary>
    public static string Percent(decimal? share) =>
        share is { } s ? Math.Round(s * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%" : None;

    /// <summary><c>2026年第三季度</c>.</summary>
    public static string QuarterLabel(SurveyQuarter quarter) =>
        string.Create(CultureInfo.InvariantCulture, $"{quarter.Year}年第{Numerals[quarter.Quarter - 1]}季度");

    /// <summary>Chinese numeral 1–10 (form section numbers).</summary>
    public static string Numeral(int number) => Numerals[number - 1];

    /// <summary>The quarter before <paramref name="quarter"/>.</summary>
    public static SurveyQuarter Previous(SurveyQuarter quarter) =>
        quarter.Quarter == 1 ? new SurveyQuarter(quarter.Year - 1, 4) : quarter with { Quarter = quarter.Quarter - 1 };

    /// <summary>The last day of the quarter.</summary>
    public static DateOnly LastDay(SurveyQuarter quarter) => quarter.LastDay;

    /// <summary>Three-digit serial, e.g. <c>007</c>.</summary>
    public static string Serial(int number) => number.ToString("000", CultureInfo.InvariantCulture);
}
