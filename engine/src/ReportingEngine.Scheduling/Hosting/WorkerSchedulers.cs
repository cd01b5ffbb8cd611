using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ReportingEngine.Scheduling.Jobs;
using ReportingEngine.Scheduling.Stores;

namespace ReportingEngine.Scheduling.Hosting;

/// <summary>Builds the Quartz scheduler of a worker (or of <c>reporting jobs</c>) over a job store.</summary>
public static class WorkerSchedulers
{
    /// <summary>
    /// A scheduler over <paramref name="store"/> (null: an in-memory store, for tests) whose jobs get <paramref name="environment"/>,
    /// reading time from the environment's clock. On shutdown running jobs are asked to stop and given time to unwind;
    /// a job that requests recovery and stops on cancellation is handed back to the store and runs again.
    /// </summary>
    /// <param name="store">The job store settings; its tables must exist (<see cref="JobStoreSchema.EnsureCreatedAsync"/>).</param>
    /// <param name="environment">What the jobs work with.</param>
    /// <param name="threads">Jobs run at once on this node.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The scheduler, not started.</returns>
    public static async Task<IScheduler> BuildAsync(JobStoreSettings? store, JobEnvironment environment, int threads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var builder = QuartzSchedulerBuilder.Create(quartz =>
        {
            quartz.UseTimeProvider(environment.Time);
            quartz.Services.AddSingleton(environment);
            quartz.UseDefaultThreadPool(Math.Max(1, threads));
            quartz.ConfigureScheduler(options =>
            {
                options.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;

                // A run enqueued by `reporting jobs trigger` (another process) is seen on the next poll of the store:
                // every 5 s rather than Quartz's 30 s, a cheap query.
                options.IdleWaitTime = TimeSpan.FromSeconds(5);
            });
            if (store is null)
            {
                quartz.ConfigureScheduler(options => options.InstanceName = JobStoreSettings.DefaultInstanceName + "-memory-" + environment.Node);
                quartz.UseInMemoryStore(_ => { });
            }
            else
            {
                quartz.UseReportingJobStore(store);
                quartz.ConfigureOptions<AdoJobStoreOptions>(options => options.RecoverFiringsCancelledByShutdown = true);
            }
        });
        return await builder.BuildScheduler(cancellationToken).ConfigureAwait(false);
    }
}
