using System.Globalization;

namespace ReportingEngine.Documents.Pdf.Objects;

/// <summary>PDF date strings (ISO 32000 §7.9.4).</summary>
internal static class PdfDate
{
    /// <summary>Midnight China Standard Time of <paramref name="date"/>: <c>D:YYYYMMDD000000+08'00'</c>.</summary>
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"D:{date.Year:D4}{date.Month:D2}{date.Day:D2}000000+08'00'");
}
