using Npgsql;
using Quartz;
using ReportingEngine.Scheduling.Stores;
using ReportingEngine.TestSupport.Postgres;
using Xunit.Abstractions;

namespace ReportingEngine.Scheduling.Tests.Stores;

public sealed class PostgresJobStoreSchemaTests(PostgresDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task The_tables_are_created_once_even_when_two_nodes_start_at_the_same_moment()
    {
        if (!fixture.Available(output))
        {
            return;
        }

        var settings = Settings("TWO_");

        var results = await Task.WhenAll(
            Task.Run(() => JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None)),
            Task.Run(() => JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None)));
        var third = await JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None);

        Assert.Single(results, created => created.Count > 0);
        Assert.Single(results, created => created.Count == 0);
        Assert.Empty(third);
        var created = results.Single(list => list.Count > 0);
        Assert.Contains("TWO_job_details", created);
        Assert.Contains("TWO_scheduler_state", created);
        var tables = fixture.Database!.Query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'two\\_%' ORDER BY 1")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(created.Select(table => table.ToLowerInvariant()).Order(StringComparer.Ordinal), tables);
    }

    [Fact]
    public async Task A_clustered_quartz_node_runs_on_the_created_store_and_checks_in()
    {
        if (!fixture.Available(output))
        {
            return;
        }

        var settings = Settings("QRTZ_") with { Clustered = true, InstanceId = "node-a", InstanceName = "PgStoreTest", CheckinInterval = TimeSpan.FromMilliseconds(500) };
        await JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None);

        var scheduler = await QuartzSchedulerBuilder.Create(quartz => quartz.UseReportingJobStore(settings)).BuildScheduler(CancellationToken.None);
        try
        {
            await scheduler.Start();
            var job = JobBuilder.Create<NothingJob>().WithIdentity("nothing", "pg").StoreDurably().RequestRecovery().Build();
            await scheduler.AddJob(job);
            for (var attempt = 0; attempt < 40 && Count("SELECT COUNT(*) FROM qrtz_scheduler_state WHERE sched_name = 'PgStoreTest' AND instance_name = 'node-a'") == 0; attempt++)
            {
                await Task.Delay(250);
            }
        }
        finally
        {
            await scheduler.Shutdown(false);
        }

        Assert.Equal(1, Count("SELECT COUNT(*) FROM qrtz_job_details WHERE sched_name = 'PgStoreTest' AND job_name = 'nothing' AND requests_recovery"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM qrtz_scheduler_state WHERE sched_name = 'PgStoreTest' AND instance_name = 'node-a'"));
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_naming_the_setting_and_the_server()
    {
        var settings = new JobStoreSettings
        {
            Provider = JobStoreProvider.Postgres,
            ConnectionString = "Host=127.0.0.1;Port=1;Database=jobs;Username=u;Password=secret;Timeout=3",
            Clustered = true,
        };

        var ex = await Assert.ThrowsAsync<JobStoreException>(() => JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None));

        Assert.StartsWith("cannot reach the job store database (--job-store): PostgreSQL server 127.0.0.1:1, database jobs: ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_are_reported_naming_the_setting()
    {
        if (!fixture.Available(output))
        {
            return;
        }

        var settings = Settings("QRTZ_") with
        {
            ConnectionString = new NpgsqlConnectionStringBuilder(fixture.Database!.ConnectionString) { Password = "wrong" }.ConnectionString,
        };

        var ex = await Assert.ThrowsAsync<JobStoreException>(() => JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None));

        Assert.Contains("(--job-store)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("database " + fixture.Database.Name, ex.Message, StringComparison.Ordinal);
    }

    private JobStoreSettings Settings(string prefix) => new()
    {
        Provider = JobStoreProvider.Postgres,
        ConnectionString = fixture.Database!.ConnectionString,
        TablePrefix = prefix,
    };

    private int Count(string sql) => int.Parse(fixture.Database!.Query(sql).Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
