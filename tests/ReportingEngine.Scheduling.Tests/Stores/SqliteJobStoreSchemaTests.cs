using Microsoft.Data.Sqlite;
using Quartz;
using ReportingEngine.Scheduling.Stores;

namespace ReportingEngine.Scheduling.Tests.Stores;

public sealed class SqliteJobStoreSchemaTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "re-jobstore-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_first_call_creates_every_quartz_table_and_the_second_changes_nothing()
    {
        var settings = JobStoreSettings.ForSqliteFile(Path.Combine(_folder, "nested", "jobs.db"));

        var created = await JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None);
        var again = await JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None);

        Assert.Contains("QRTZ_JOB_DETAILS", created);
        Assert.Contains("QRTZ_TRIGGERS", created);
        Assert.Contains("QRTZ_FIRED_TRIGGERS", created);
        Assert.Contains("QRTZ_SCHEDULER_STATE", created);
        Assert.Contains("QRTZ_LOCKS", created);
        Assert.Empty(again);
        var tables = await TablesAsync(settings.ConnectionString);
        Assert.All(created, table => Assert.Contains(table, tables));
    }

    [Fact]
    public async Task Only_the_missing_tables_are_created_and_existing_rows_are_kept()
    {
        var settings = JobStoreSettings.ForSqliteFile(Path.Combine(_folder, "jobs.db"));
        await JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None);
        await ExecuteAsync(settings.ConnectionString, "INSERT INTO QRTZ_LOCKS (SCHED_NAME, LOCK_NAME) VALUES ('x', 'TRIGGER_ACCESS'); DROP TABLE QRTZ_JOB_STATUS;");

        var created = await JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None);

        Assert.Equal(["QRTZ_JOB_STATUS"], created);
        Assert.Equal(1L, await ScalarAsync(settings.ConnectionString, "SELECT COUNT(*) FROM QRTZ_LOCKS"));
    }

    [Fact]
    public async Task Two_nodes_starting_at_once_both_succeed_and_the_tables_are_created_once()
    {
        var settings = JobStoreSettings.ForSqliteFile(Path.Combine(_folder, "jobs.db"));

        var results = await Task.WhenAll(
            Task.Run(() => JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None)),
            Task.Run(() => JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None)));

        Assert.Single(results, created => created.Count > 0);
        Assert.Single(results, created => created.Count == 0);
    }

    [Fact]
    public async Task A_custom_table_prefix_is_used_for_every_table()
    {
        var settings = JobStoreSettings.ForSqliteFile(Path.Combine(_folder, "jobs.db")) with { TablePrefix = "RE_QRTZ_" };

        var created = await JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None);

        Assert.NotEmpty(created);
        Assert.All(created, table => Assert.StartsWith("RE_QRTZ_", table, StringComparison.Ordinal));
        Assert.DoesNotContain(await TablesAsync(settings.ConnectionString), table => table.StartsWith("QRTZ_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_in_an_unwritable_place_is_reported_naming_the_setting_and_the_file()
    {
        var blocker = Path.Combine(_folder, "a-file");
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(blocker, "not a folder", CancellationToken.None);
        var settings = new JobStoreSettings { ConnectionString = "Data Source=" + Path.Combine(blocker, "jobs.db") + ";Mode=ReadWrite" };

        var ex = await Assert.ThrowsAsync<JobStoreException>(() => JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None));

        Assert.Contains("cannot reach the job store database (--job-store)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("SQLite file " + Path.Combine(blocker, "jobs.db"), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quartz_scheduler_on_the_created_store_persists_its_jobs_and_triggers()
    {
        var settings = JobStoreSettings.ForSqliteFile(Path.Combine(_folder, "jobs.db")) with { InstanceName = "StoreTest" };
        await JobStoreSchema.EnsureCreatedAsync(settings, CancellationToken.None);

        var scheduler = await QuartzSchedulerBuilder.Create(quartz => quartz.UseReportingJobStore(settings)).BuildScheduler(CancellationToken.None);
        try
        {
            var job = JobBuilder.Create<NothingJob>().WithIdentity("nothing", "store-test").StoreDurably().RequestRecovery().Build();
            var trigger = TriggerBuilder.Create().WithIdentity("nothing-daily", "store-test").ForJob(job)
                .WithCronSchedule("0 0 6 15 * ?").Build();
            await scheduler.ScheduleJob(job, trigger);
        }
        finally
        {
            await scheduler.Shutdown(false);
        }

        Assert.Equal(1L, await ScalarAsync(settings.ConnectionString, "SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = 'StoreTest' AND JOB_NAME = 'nothing'"));
        Assert.Equal(1L, await ScalarAsync(settings.ConnectionString, "SELECT COUNT(*) FROM QRTZ_CRON_TRIGGERS WHERE SCHED_NAME = 'StoreTest' AND CRON_EXPRESSION = '0 0 6 15 * ?'"));
    }

    private static async Task<HashSet<string>> TablesAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
