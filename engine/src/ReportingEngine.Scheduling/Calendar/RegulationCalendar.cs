namespace ReportingEngine.Scheduling.Calendar;

/// <summary>
/// 法规日历 — when each scheduled document is produced: the defaults follow the regulations, a calendar file overrides
/// them per company. All times are China Standard Time unless the file says otherwise.
/// </summary>
public sealed record RegulationCalendar
{
    /// <summary>The default time zone: China Standard Time, without daylight saving.</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    /// <summary>IANA id of the time zone every cron expression is read in.</summary>
    public string TimeZoneId { get; init; } = DefaultTimeZoneId;

    /// <summary>The entries, company entries after the shared ones.</summary>
    public required IReadOnlyList<CalendarEntry> Entries { get; init; }

    /// <summary>The time zone of <see cref="TimeZoneId"/>.</summary>
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>The calendar of the regulations: every kind at its default time, for every company.</summary>
    public static RegulationCalendar Default { get; } = new()
    {
        Entries = [.. JobKinds.All.Select(k => new CalendarEntry { Kind = k, Cron = k.DefaultCron })],
    };

    /// <summary>The entries that are scheduled.</summary>
    public IEnumerable<CalendarEntry> EnabledEntries => Entries.Where(e => e.Enabled);

    /// <summary>The companies with an entry of their own for <paramref name="kind"/> (a shared entry leaves them out).</summary>
    public IReadOnlyList<string> CompaniesWithOwnEntry(JobKind kind) =>
        [.. Entries.Where(e => e.CompanyId is not null && string.Equals(e.Kind.Name, kind.Name, StringComparison.Ordinal)).Select(e => e.CompanyId!)];
}
