namespace ReportingEngine.Scheduling.Hosting;

/// <summary>One trigger in the job store as <c>reporting jobs</c> lists it.</summary>
/// <param name="Key">Trigger key (<c>calendar.fee-notices</c>).</param>
/// <param name="Job">Job key.</param>
/// <param name="RuleId">The regulation, for calendar entries.</param>
/// <param name="Schedule">Cron expression, or "once" for an enqueued run.</param>
/// <param name="State">Quartz trigger state (Normal, Paused, Blocked …).</param>
/// <param name="NextFireUtc">Next fire time.</param>
/// <param name="PreviousFireUtc">Previous fire time.</param>
public sealed record ScheduledJobStatus(string Key, string Job, string RuleId, string Schedule, string State, DateTimeOffset? NextFireUtc, DateTimeOffset? PreviousFireUtc);
