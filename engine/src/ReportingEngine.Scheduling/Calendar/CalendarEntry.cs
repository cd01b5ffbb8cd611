namespace ReportingEngine.Scheduling.Calendar;

/// <summary>One scheduled job of the regulation calendar: a kind, when it fires, what it covers and what happens to a missed run.</summary>
public sealed record CalendarEntry
{
    /// <summary>The job kind.</summary>
    public required JobKind Kind { get; init; }

    /// <summary>Quartz cron expression (seconds, minutes, hours, day of month, month, day of week) in the calendar's time zone.</summary>
    public required string Cron { get; init; }

    /// <summary>
    /// The company whose communities the entry covers, or null for every community whose company has no entry of
    /// its own for this kind.
    /// </summary>
    public string? CompanyId { get; init; }

    /// <summary>Whether the job is scheduled at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>What a worker that was down does about runs it missed.</summary>
    public MisfirePolicy Misfire { get; init; } = MisfirePolicy.FireOnce;

    /// <summary>The Quartz job (and trigger) name: the kind, plus the company for a company's own entry.</summary>
    public string Key => CompanyId is null ? Kind.Name : $"{Kind.Name}.{CompanyId}";
}
