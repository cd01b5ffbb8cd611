using ReportingEngine.Scheduling.Jobs;
using ReportingEngine.Scheduling.Stores;

namespace ReportingEngine.Scheduling.Hosting;

/// <summary>
/// The scheduled host: prepares the job store, puts the regulation calendar into it, runs jobs until asked to stop, then
/// shuts down gracefully (running jobs are asked to stop and given <see cref="WorkerOptions.ShutdownGrace"/>).
/// </summary>
public static class WorkerHost
{
    /// <summary>Runs the worker until <paramref name="stop"/> is signalled.</summary>
    /// <param name="options">Store, node, calendar.</param>
    /// <param name="environment">What the jobs work with (its node must be <see cref="WorkerOptions.Node"/>).</param>
    /// <param name="log">Where the worker says what it does.</param>
    /// <param name="stop">Signalled on SIGTERM / Ctrl+C.</param>
    /// <returns>True when the shutdown finished within the grace period.</returns>
    /// <exception cref="JobStoreException">The job store cannot be reached or prepared (the message names <c>--job-store</c>).</exception>
    public static async Task<bool> RunAsync(WorkerOptions options, JobEnvironment environment, TextWriter log, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(log);
        var store = options.Store with { InstanceId = options.Node };
        await JobStoreSchema.EnsureCreatedAsync(store, stop).ConfigureAwait(false);
        await environment.History.EnsureCreatedAsync(stop).ConfigureAwait(false);
        var scheduler = await WorkerSchedulers.BuildAsync(store, environment, options.Threads, stop).ConfigureAwait(false);
        var finished = false;
        try
        {
            foreach (var change in await CalendarJobs.SynchronizeAsync(scheduler, options.Calendar, stop).ConfigureAwait(false))
            {
                await log.WriteLineAsync(change).ConfigureAwait(false);
            }

            await scheduler.Start(stop).ConfigureAwait(false);
            await log.WriteLineAsync($"worker {options.Node}: started on {JobStoreProviders.NameOf(store.Provider)} job store{(store.Clustered ? " (clustered)" : "")}, {options.Threads} thread(s), calendar in {options.Calendar.TimeZoneId}").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                await log.WriteLineAsync($"worker {options.Node}: stopping; running jobs are asked to stop (up to {options.ShutdownGrace.TotalSeconds:0} s)").ConfigureAwait(false);
            }
        }
        finally
        {
            // Always shut down, also when the calendar could not be scheduled: a started or half-built scheduler holds the store.
            var shutdown = scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None).AsTask();
            finished = await Task.WhenAny(shutdown, Task.Delay(options.ShutdownGrace, environment.Time, CancellationToken.None)).ConfigureAwait(false) == shutdown;
            await log.WriteLineAsync(finished ? $"worker {options.Node}: stopped" : $"worker {options.Node}: jobs still running after {options.ShutdownGrace.TotalSeconds:0} s; leaving them to recovery").ConfigureAwait(false);
        }

        return finished;
    }
}
