namespace ReportingEngine.Scheduling.Calendar;

/// <summary>A kind of scheduled job: its name in the calendar, the regulation it implements and its default schedule.</summary>
/// <param name="Name">Calendar name (<c>fee-notices</c>); also the Quartz job name.</param>
/// <param name="RuleId">The regulation the job implements (R-FEE-2).</param>
/// <param name="Description">What the job produces.</param>
/// <param name="DefaultCron">Quartz cron expression (seconds first) in China Standard Time.</param>
/// <param name="Why">Why the default is at that time: shown by <c>reporting jobs</c> and in the decision record.</param>
public sealed record JobKind(string Name, string RuleId, string Description, string DefaultCron, string Why);
