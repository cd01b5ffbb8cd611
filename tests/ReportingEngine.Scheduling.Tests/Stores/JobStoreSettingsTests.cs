using ReportingEngine.Scheduling.Stores;

namespace ReportingEngine.Scheduling.Tests.Stores;

public sealed class JobStoreSettingsTests
{
    [Fact]
    public void A_clustered_sqlite_store_is_refused_with_the_reason()
    {
        var settings = JobStoreSettings.ForSqliteFile("/tmp/jobs.db") with { Clustered = true };

        var ex = Assert.Throws<JobStoreException>(settings.Validate);

        Assert.Contains("Quartz refuses clustered mode on SQLite; use postgres or sqlserver", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_node_sqlite_store_is_valid() =>
        JobStoreSettings.ForSqliteFile("/tmp/jobs.db").Validate();

    [Theory]
    [InlineData(JobStoreProvider.Postgres, "Host=127.0.0.1;Database=jobs;Username=u;Password=p")]
    [InlineData(JobStoreProvider.SqlServer, "Server=db1;Database=jobs;User Id=u;Password=p;TrustServerCertificate=true")]
    public void A_clustered_server_store_is_valid(JobStoreProvider provider, string connectionString) =>
        new JobStoreSettings { Provider = provider, ConnectionString = connectionString, Clustered = true, InstanceId = "A" }.Validate();

    [Fact]
    public void Every_problem_is_listed_in_one_message_naming_the_setting()
    {
        var settings = new JobStoreSettings
        {
            Provider = JobStoreProvider.Sqlite,
            ConnectionString = " ",
            Clustered = true,
            CheckinInterval = TimeSpan.Zero,
            TablePrefix = "dbo.QRTZ_",
            InstanceId = "node A",
        };

        var message = Assert.Throws<JobStoreException>(settings.Validate).Message;

        Assert.Contains("clustered mode on SQLite", message, StringComparison.Ordinal);
        Assert.Contains("(--job-store) is empty", message, StringComparison.Ordinal);
        Assert.Contains("check-in interval must be positive", message, StringComparison.Ordinal);
        Assert.Contains("table prefix 'dbo.QRTZ_'", message, StringComparison.Ordinal);
        Assert.Contains("node id 'node A'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_reported_with_the_provider()
    {
        var settings = new JobStoreSettings { Provider = JobStoreProvider.Postgres, ConnectionString = "Host=x;Bogus Key=1" };

        var message = Assert.Throws<JobStoreException>(settings.Validate).Message;

        Assert.Contains("(--job-store) is not a valid postgres connection string", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_server_description_names_host_and_database_but_never_the_password()
    {
        var postgres = new JobStoreSettings { Provider = JobStoreProvider.Postgres, ConnectionString = "Host=10.0.0.5;Port=5433;Database=jobs;Username=u;Password=secret" };
        var sqlServer = new JobStoreSettings { Provider = JobStoreProvider.SqlServer, ConnectionString = "Server=db1,1433;Database=jobs;User Id=u;Password=secret" };

        Assert.Equal("PostgreSQL server 10.0.0.5:5433, database jobs", postgres.DescribeServer());
        Assert.Equal("SQL Server db1,1433, database jobs", sqlServer.DescribeServer());
        Assert.DoesNotContain("secret", postgres.DescribeServer() + sqlServer.DescribeServer(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite", JobStoreProvider.Sqlite)]
    [InlineData("Postgres", JobStoreProvider.Postgres)]
    [InlineData("postgresql", JobStoreProvider.Postgres)]
    [InlineData("sqlserver", JobStoreProvider.SqlServer)]
    [InlineData("MSSQL", JobStoreProvider.SqlServer)]
    public void Provider_names_are_read_case_insensitively(string name, JobStoreProvider expected)
    {
        Assert.True(JobStoreProviders.TryParse(name, out var provider));
        Assert.Equal(expected, provider);
        Assert.Contains(JobStoreProviders.NameOf(provider), JobStoreProviders.Names);
    }

    [Fact]
    public void An_unknown_provider_name_is_not_read() =>
        Assert.False(JobStoreProviders.TryParse("oracle", out _));
}
