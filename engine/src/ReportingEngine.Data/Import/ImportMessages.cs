using System.Globalization;

namespace ReportingEngine.Data.Import;

/// <summary>Every import message text in one place (STYLE.md 9).</summary>
internal static class ImportMessages
{
    public static string FileMissing => "file is missing (every table of the data contract needs its CSV, at least the header line)";

    public static string FileEmpty => "file is empty: the first line must be the header";

    public static string MissingColumn(string column) => $"required column '{column}' is missing from the header";

    public static string UnknownColumn(string column) => $"unknown column '{column}' in the header";

    public static string DuplicateColumn(string column) => $"column '{column}' appears twice in the header";

    public static string FieldCount(int actual, int expected) =>
        string.Create(CultureInfo.InvariantCulture, $"row has {actual} fields, the header has {expected}");

    public static string Required(string column) => $"{column} is required";

    public static string TooLong(string column, int length, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"{column} is {length} characters long, at most {max} allowed");

    public static string PathCharacters(string column, string value) =>
        $"{column} '{value}' contains a path character ('/', '\\' or '..')";

    public static string BadIdCharacter(string column, string value) =>
        $"{column} '{value}' contains whitespace or a control character";

    public static string DuplicateId(string value, int firstLine) =>
        string.Create(CultureInfo.InvariantCulture, $"duplicate id '{value}' (first defined on line {firstLine})");

    public static string DuplicateKey(string columns, string value, int firstLine) =>
        string.Create(CultureInfo.InvariantCulture, $"duplicate ({columns}) '{value}' (first defined on line {firstLine})");

    public static string UnknownReference(string column, string value, string table) =>
        $"{column} '{value}' does not exist in {table}";

    public static string NotInteger(string column, string value) => $"{column} '{value}' is not a whole number";

    public static string OutOfRange(string column, int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"{column} must be between {min} and {max}");

    public static string NotDecimal(string column, string value) => $"{column} '{value}' is not a number (use a dot, no thousands separators)";

    public static string Negative(string column) => $"{column} must not be negative";

    public static string NotPositive(string column) => $"{column} must be > 0";

    public static string TooManyDecimals(string column) => $"{column} has more than 2 decimals (money is kept to 0.01 yuan)";

    public static string NotDate(string column, string value) => $"{column} '{value}' is not a date YYYY-MM-DD";

    public static string NotDateTime(string column, string value) => $"{column} '{value}' is not a date-time YYYY-MM-DD HH:MM[:SS]";

    public static string NotBoolean(string column, string value) => $"{column} '{value}' must be 0 or 1";

    public static string NotPeriod(string column, string value) => $"{column} '{value}' is not a period YYYY-MM";

    public static string NotQuarter(string column, string value) => $"{column} '{value}' is not a quarter YYYYQn";

    public static string UnknownCode(string column, string value, IReadOnlyList<string> codes) =>
        $"{column} '{value}' is not one of: {string.Join(", ", codes)}";

    public static string Database(string message) => $"the database refused the row: {message}";
}
