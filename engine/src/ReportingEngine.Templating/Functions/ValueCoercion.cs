using System.Globalization;

namespace ReportingEngine.Templating.Functions;

/// <summary>Reads numbers and dates out of template values (model strings, decimals, longs, template literals).</summary>
internal static class ValueCoercion
{
    public static bool TryToDecimal(object? value, out decimal result)
    {
        switch (value)
        {
            case decimal d: result = d; return true;
            case long l: result = l; return true;
            case int i: result = i; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case uint ui: result = ui; return true;
            case ushort us: result = us; return true;
            case ulong ul: result = ul; return true;
            case double dbl when double.IsFinite(dbl) && Math.Abs(dbl) < 7.9e28:
                result = (decimal)dbl;
                return true;
            case float f when float.IsFinite(f) && Math.Abs(f) < 7.9e28f:
                result = (decimal)f;
                return true;
            case string text:
                return decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out result);
            default:
                result = 0;
                return false;
        }
    }

    public static bool TryToLong(object? value, out long result)
    {
        if (TryToDecimal(value, out var d) && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue)
        {
            result = (long)d;
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>Accepts a DateOnly/DateTime/DateTimeOffset or an ISO string (<c>2026-11-15</c>, <c>2026-11-15T08:00:00</c>).</summary>
    public static bool TryToDate(object? value, out DateOnly date)
    {
        switch (value)
        {
            case DateOnly d: date = d; return true;
            case DateTime dt: date = DateOnly.FromDateTime(dt); return true;
            case DateTimeOffset dto: date = DateOnly.FromDateTime(dto.DateTime); return true;
            case string text:
                var trimmed = text.Trim();
                if (trimmed.Length > 10 && trimmed[10] is 'T' or ' ')
                {
                    trimmed = trimmed[..10];
                }

                return DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
            default:
                date = default;
                return false;
        }
    }

    /// <summary>Accepts a period string <c>2026-11</c>, or anything <see cref="TryToDate"/> accepts (its month is used).</summary>
    public static bool TryToPeriod(object? value, out int year, out int month)
    {
        if (value is string text)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 7 && DateOnly.TryParseExact(trimmed + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                year = first.Year;
                month = first.Month;
                return true;
            }
        }

        if (TryToDate(value, out var date))
        {
            year = date.Year;
            month = date.Month;
            return true;
        }

        year = 0;
        month = 0;
        return false;
    }
}
