using System.Globalization;

namespace ReportingEngine.Documents.Markup;

/// <summary>Every markup diagnostic text, in one place (STYLE.md 9).</summary>
internal static class MarkupMessages
{
    public static string MalformedXml(string detail) => "malformed markup: " + detail;

    public static string RootMustBeDocument(string name) => $"the markup must start with <document>, not <{name}>";

    public static string KindMismatch(string kind, string profileKind) =>
        $"document kind '{kind}' does not match the profile '{profileKind}'";

    public static string UnknownElement(string name) => $"unknown element <{name}>";

    public static string ElementNotAllowed(string name, string parent) => $"<{name}> is not allowed inside <{parent}>";

    public static string UnknownAttribute(string name, string element) => $"unknown attribute '{name}' on <{element}>";

    public static string MissingAttribute(string name, string element) => $"<{element}> needs the attribute '{name}'";

    public static string EmptyAttribute(string name, string element) => $"attribute '{name}' on <{element}> is empty";

    public static string BadValue(string name, string element, string value, string expected) =>
        $"attribute '{name}' on <{element}> has the value '{value}'; expected {expected}";

    public static string UnknownStyle(string style, IEnumerable<string> known) =>
        $"style '{style}' is not defined in the profile (defined: {string.Join(", ", known.Order(StringComparer.Ordinal))})";

    public static string TextNotAllowed(string parent, string excerpt) =>
        $"text '{excerpt}' is not allowed directly inside <{parent}>; put it in a <p>";

    public static string Duplicate(string name) => $"<{name}> may appear only once";

    public static string EmptyElement(string name) => $"<{name}> is empty";

    public static string DuplicateBookmark(string name) => $"bookmark name '{name}' is used twice";

    public const string EmptyTable = "<table> has no rows";

    public static string TooManyHeaderRows(int headerRows, int rows) =>
        string.Create(CultureInfo.InvariantCulture, $"header-rows is {headerRows} but the table has only {rows} row(s)");

    public static string ColSpanBeyondColumns(int colSpan, int columns) =>
        string.Create(CultureInfo.InvariantCulture, $"colspan {colSpan} is beyond the table's {columns} column(s)");

    public static string RowSpanBeyondRows(int rowSpan, int remaining) =>
        string.Create(CultureInfo.InvariantCulture, $"rowspan {rowSpan} reaches past the last row (only {remaining} row(s) from here)");

    public static string RowCellCount(int row, int cellColumns, int fromAbove, int columns) =>
        string.Create(CultureInfo.InvariantCulture,
            $"row {row} has cells for {cellColumns} column(s) and {fromAbove} covered by rowspans from above; the table has {columns} column(s)");

    public const string ImageNeedsSize = "<image> needs width-mm, height-mm or both (the other follows the picture's aspect ratio)";

    public static string ImageNotFound(string detail) => "image not found: " + detail;

    public static string NotPng(string src) => $"'{src}' is not a PNG file (only PNG images are supported)";

    public static string QrTooLong(int max) =>
        string.Create(CultureInfo.InvariantCulture, $"<qr> payload is longer than {max} bytes, more than a QR code can hold");

    public const string AxisRange = "axis-max must be greater than axis-min";

    public static string BadChartValue(string text) => $"chart value '{text}' is not a number such as 12.5";

    public const string ChartNeedsCategories = "<chart> needs <categories> with at least one <c>";

    public const string ChartNeedsSeries = "<chart> needs at least one <series>";

    public static string SeriesLength(string name, int values, int categories) =>
        string.Create(CultureInfo.InvariantCulture, $"series '{name}' has {values} value(s) but there are {categories} categories");

    public const string PieOneSeries = "a pie chart draws only its first series; the others are ignored";
}
