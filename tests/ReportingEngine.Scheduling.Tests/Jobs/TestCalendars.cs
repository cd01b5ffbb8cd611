using ReportingEngine.Scheduling.Calendar;

namespace ReportingEngine.Scheduling.Tests.Jobs;

/// <summary>Calendars for tests that watch one job kind fire.</summary>
internal static class TestCalendars
{
    /// <summary>The default regulation calendar with every entry but those of <paramref name="kind"/> disabled.</summary>
    public static RegulationCalendar Only(JobKind kind) => RegulationCalendar.Default with
    {
        Entries = [.. RegulationCalendar.Default.Entries.Select(e => e with { Enabled = e.Kind == kind })],
    };
}
