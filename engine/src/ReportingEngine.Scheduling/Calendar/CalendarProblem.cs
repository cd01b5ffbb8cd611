using System.Globalization;

namespace ReportingEngine.Scheduling.Calendar;

/// <summary>A mistake in a calendar file, with its place (1-based line and column).</summary>
/// <param name="File">The calendar file as given.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong.</param>
public sealed record CalendarProblem(string File, int Line, int Column, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): error: {Message}");
}
