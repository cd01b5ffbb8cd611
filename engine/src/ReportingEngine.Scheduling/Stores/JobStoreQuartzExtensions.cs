using Quartz;

namespace ReportingEngine.Scheduling.Stores;

/// <summary>Wires <see cref="JobStoreSettings"/> into a Quartz scheduler builder.</summary>
public static class JobStoreQuartzExtensions
{
    /// <summary>
    /// Uses the persistent AdoJobStore the settings describe: provider (Microsoft.Data.Sqlite, Npgsql or
    /// SqlClient), table prefix, System.Text.Json serializer with string-only job data, scheduler name and
    /// node id, and clustering with its check-in interval when <see cref="JobStoreSettings.Clustered"/>.
    /// </summary>
    /// <remarks>
    /// The tables must exist: call <see cref="JobStoreSchema.EnsureCreatedAsync"/> before building the
    /// scheduler. Quartz itself only validates the schema, so a missing table is reported at start, not
    /// created behind the lock-free path Quartz would use.
    /// </remarks>
    /// <param name="quartz">The builder (<c>QuartzSchedulerBuilder.Create(q => q.UseReportingJobStore(settings))</c>).</param>
    /// <param name="settings">The job store; validated here.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="JobStoreException">The settings are invalid (for example clustered SQLite).</exception>
    public static IQuartzBuilder UseReportingJobStore(this IQuartzBuilder quartz, JobStoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();

        quartz.ConfigureScheduler(options =>
        {
            options.InstanceName = settings.InstanceName;
            if (settings.InstanceId is { } id)
            {
                options.InstanceId = id;
                options.GenerateInstanceId = false;
            }
            else
            {
                options.GenerateInstanceId = settings.Clustered;
            }
        });

        quartz.UsePersistentStore(store =>
        {
            store.ConfigureStore(options =>
            {
                options.TablePrefix = settings.TablePrefix;
                options.StoreJobDataAsStrings = true;
                options.SchemaProvisioning = SchemaProvisioning.Validate;
            });
            _ = settings.Provider switch
            {
                JobStoreProvider.Sqlite => store.UseSqlite(settings.ConnectionString),
                JobStoreProvider.Postgres => store.UsePostgres(settings.ConnectionString),
                JobStoreProvider.SqlServer => store.UseSqlServer(settings.ConnectionString),
                _ => throw new JobStoreException("unknown job store provider " + settings.Provider),
            };
            store.UseSystemTextJsonSerializer(_ => { });
            if (settings.Clustered)
            {
                store.UseClustering(clustering =>
                {
                    clustering.CheckinInterval = settings.CheckinInterval;
                    if (settings.CheckinMisfireThreshold is { } threshold)
                    {
                        clustering.CheckinMisfireThreshold = threshold;
                    }
                });
            }
        });
        return quartz;
    }
}
