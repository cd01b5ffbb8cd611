using System.Globalization;
using Quartz;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Generation;
using ReportingEngine.Scheduling.History;

namespace ReportingEngine.Scheduling.Jobs;

/// <summary>
/// The shell of every scheduled job: derives the run's date from the scheduled fire time (never the clock), resolves the
/// communities in scope, records the run in <c>job_runs</c>, and turns a failure into a recorded outcome so the worker
/// keeps running.
/// </summary>
/// <remarks>
/// A cancellation (shutdown) is recorded and rethrown: Quartz then hands a job that requests recovery back to the job
/// store, and it runs again — every job is idempotent, so a second run writes only what the first did not.
/// </remarks>
public abstract class ScheduledJob : IJob
{
    /// <summary>Creates the job over its environment.</summary>
    protected ScheduledJob(JobEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Environment = environment;
    }

    /// <summary>Data, renderer, clock, output folder, node.</summary>
    protected JobEnvironment Environment { get; }

    /// <summary>The job kind's calendar name (<c>fee-notices</c>).</summary>
    protected abstract string Kind { get; }

    /// <inheritdoc/>
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, cancellationToken);
        var token = linked.Token;
        var time = Environment.Time;
        var scheduled = await DueAsync(context, token).ConfigureAwait(false);
        var record = new RunRecord
        {
            FireId = context.FireInstanceId,
            JobKey = context.JobDetail.Key.ToString(),
            Kind = Kind,
            Node = Environment.Node,
            ScheduledAt = scheduled,
            StartedAt = time.GetUtcNow(),
            Outcome = RunOutcome.Running,
        };
        await Environment.History.StartedAsync(record, token).ConfigureAwait(false);

        JobResult result;
        try
        {
            var run = await PrepareAsync(context, scheduled, token).ConfigureAwait(false);
            result = run.Problem is { } problem ? new JobResult(RunOutcome.Failed, 0, problem) : await RunAsync(run.Run!, context, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            await Environment.History.FinishedAsync(record.FireId, time.GetUtcNow(), RunOutcome.Cancelled, 0, "cancelled (shutdown); the job runs again and resumes", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
#pragma warning disable CA1031 // A job's failure is recorded with its message; it must never take the worker down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            result = new JobResult(RunOutcome.Failed, 0, $"{ex.GetType().Name}: {ex.Message}");
        }

        await Environment.History.FinishedAsync(record.FireId, time.GetUtcNow(), result.Outcome, result.Documents, result.Message, CancellationToken.None).ConfigureAwait(false);
        context.Result = result;
    }

    /// <summary>Does the work of one run.</summary>
    /// <param name="run">Date, scope and data of the run.</param>
    /// <param name="context">The Quartz context (for jobs that schedule further jobs).</param>
    /// <param name="cancellationToken">Stops the run (shutdown).</param>
    /// <returns>Outcome, document count and message.</returns>
    protected abstract Task<JobResult> RunAsync(JobRun run, IJobExecutionContext context, CancellationToken cancellationToken);

    /// <summary>Counts documents from written file paths: one document per file name without its format extension.</summary>
    protected static int DocumentsIn(IEnumerable<string> files) =>
        files.Select(f => Path.Combine(Path.GetDirectoryName(f) ?? "", Path.GetFileNameWithoutExtension(f))).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// The due date a firing stands for. A recovered firing (its worker died) comes on a one-off recovery trigger that keeps
    /// the original firing's scheduled time; dating it by the original calendar trigger gives the same due date as the run
    /// that was lost — also when that run was itself a catch-up after downtime.
    /// </summary>
    private static async Task<DateTimeOffset> DueAsync(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (context.Recovering && context.RecoveringTriggerKey is { } original
            && await context.Scheduler.GetTrigger(original, cancellationToken).ConfigureAwait(false) is { } calendarTrigger)
        {
            return DueOccurrence.Of(calendarTrigger, scheduled, scheduled);
        }

        return DueOccurrence.Of(context.Trigger, scheduled, context.FireTimeUtc);
    }

    private async Task<(JobRun? Run, string? Problem)> PrepareAsync(IJobExecutionContext context, DateTimeOffset scheduled, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in context.MergedJobDataMap)
        {
            if (value is not null)
            {
                data[key] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            }
        }

        var asOf = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(scheduled, Environment.Calendar.TimeZone).DateTime);
        if (data.TryGetValue(JobData.AsOf, out var asOfText) && asOfText.Length > 0
            && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            return (null, $"job data {JobData.AsOf}='{asOfText}': error: not a date yyyy-MM-dd");
        }

        var reader = EstateReaders.Create(Environment.Database);
        var communities = await reader.GetCommunitiesAsync(cancellationToken).ConfigureAwait(false);
        IEnumerable<Community> inScope = communities;
        if (data.TryGetValue(JobData.Community, out var community) && community.Length > 0)
        {
            inScope = inScope.Where(c => string.Equals(c.Id, community, StringComparison.Ordinal));
            if (!inScope.Any())
            {
                return (null, ScopeMessages.UnknownCommunity(community, communities.Select(c => c.Id)));
            }
        }

        if (data.TryGetValue(JobData.Company, out var company) && company.Length > 0)
        {
            inScope = inScope.Where(c => string.Equals(c.CompanyId, company, StringComparison.Ordinal));
        }

        if (data.TryGetValue(JobData.ExcludeCompanies, out var excluded) && excluded.Length > 0)
        {
            var names = excluded.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            inScope = inScope.Where(c => !names.Contains(c.CompanyId));
        }

        return (new JobRun { AsOf = asOf, ScheduledAt = scheduled, Communities = [.. inScope], Data = data }, null);
    }
}
