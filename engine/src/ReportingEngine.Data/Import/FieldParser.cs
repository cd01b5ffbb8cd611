using System.Globalization;
using ReportingEngine.Data.Dialects;
using ReportingEngine.Data.Schema;

namespace ReportingEngine.Data.Import;

/// <summary>Validates one CSV field against its contract column and converts it to the value to bind.</summary>
internal static class FieldParser
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm"];

    /// <summary>Parses a field; returns the value to bind (DBNull for empty optional) or an error message.</summary>
    public static object? Parse(ColumnSpec column, string text, ISqlDialect dialect, out string? error)
    {
        error = null;
        if (text.Length == 0 || (column.Type != ColumnType.Text && string.IsNullOrWhiteSpace(text)))
        {
            if (column.Required)
            {
                error = ImportMessages.Required(column.Name);
            }

            return DBNull.Value;
        }

        if (column.Required && string.IsNullOrWhiteSpace(text))
        {
            error = ImportMessages.Required(column.Name);
            return null;
        }

        switch (column.Type)
        {
            case ColumnType.Id:
                if (text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal) || text.Contains("..", StringComparison.Ordinal))
                {
                    error = ImportMessages.PathCharacters(column.Name, text);
                    return null;
                }

                if (text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
                {
                    error = ImportMessages.BadIdCharacter(column.Name, text);
                    return null;
                }

                return CheckLength(column, text, out error);
            case ColumnType.Text:
                return CheckLength(column, text, out error);
            case ColumnType.Code:
                if (!column.Codes.Contains(text, StringComparer.Ordinal))
                {
                    error = ImportMessages.UnknownCode(column.Name, text, column.Codes);
                    return null;
                }

                return text;
            case ColumnType.WholeNumber:
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    error = ImportMessages.NotInteger(column.Name, text);
                    return null;
                }

                if (number < column.Min || number > column.Max)
                {
                    error = ImportMessages.OutOfRange(column.Name, column.Min, column.Max);
                    return null;
                }

                return number;
            case ColumnType.Money:
            case ColumnType.Quantity:
                return ParseDecimal(column, text, dialect, out error);
            case ColumnType.Date:
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    error = ImportMessages.NotDate(column.Name, text);
                    return null;
                }

                return dialect.DateValue(date);
            case ColumnType.DateTime:
                if (!DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
                {
                    error = ImportMessages.NotDateTime(column.Name, text);
                    return null;
                }

                return dialect.DateTimeValue(moment);
            case ColumnType.Boolean:
                return text switch
                {
                    "1" or "true" => dialect is SqliteDialect ? 1 : true,
                    "0" or "false" => dialect is SqliteDialect ? 0 : false,
                    _ => Fail(ImportMessages.NotBoolean(column.Name, text), out error),
                };
            case ColumnType.Period:
                if (!Domain.Common.BillingPeriod.TryParse(text, out _))
                {
                    error = ImportMessages.NotPeriod(column.Name, text);
                    return null;
                }

                return text;
            case ColumnType.Quarter:
                if (!Domain.Common.SurveyQuarter.TryParse(text, out _))
                {
                    error = ImportMessages.NotQuarter(column.Name, text);
                    return null;
                }

                return text;
            default:
                error = ImportMessages.Required(column.Name);
                return null;
        }
    }

    private static object? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }

    private static string? CheckLength(ColumnSpec column, string text, out string? error)
    {
        error = null;
        if (text.Length > column.MaxLength)
        {
            error = ImportMessages.TooLong(column.Name, text.Length, column.MaxLength);
            return null;
        }

        return text;
    }

    private static object? ParseDecimal(ColumnSpec column, string text, ISqlDialect dialect, out string? error)
    {
        error = null;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            error = ImportMessages.NotDecimal(column.Name, text);
            return null;
        }

        if (column.Positive && value <= 0)
        {
            error = ImportMessages.NotPositive(column.Name);
            return null;
        }

        if (value < 0)
        {
            error = ImportMessages.Negative(column.Name);
            return null;
        }

        if (column.Type == ColumnType.Money && decimal.Round(value, 2) != value)
        {
            error = ImportMessages.TooManyDecimals(column.Name);
            return null;
        }

        return dialect.DecimalValue(value);
    }
}
