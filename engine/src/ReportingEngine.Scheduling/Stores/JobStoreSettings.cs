using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ReportingEngine.Scheduling.Stores;

/// <summary>
/// Where and how Quartz keeps its jobs and triggers (the AdoJobStore): the database, whether the
/// scheduler runs as one node of a cluster, and the names it runs under.
/// </summary>
/// <remarks>
/// Single node: a SQLite file beside the estate data (<see cref="ForSqliteFile"/>). Several nodes:
/// PostgreSQL or SQL Server with <see cref="Clustered"/> set — Quartz refuses clustered mode on SQLite,
/// because SQLite has no row locks across processes. Every node of a cluster uses the same
/// <see cref="InstanceName"/> and database and its own <see cref="InstanceId"/>.
/// Validate once with <see cref="Validate"/>; <see cref="JobStoreSchema.EnsureCreatedAsync"/> and
/// <see cref="JobStoreQuartzExtensions.UseReportingJobStore"/> do it themselves.
/// </remarks>
public sealed partial record JobStoreSettings
{
    /// <summary>Quartz's default table prefix, used by its scripts and documentation.</summary>
    public const string DefaultTablePrefix = "QRTZ_";

    /// <summary>The scheduler name every node of one deployment shares (Quartz SCHED_NAME).</summary>
    public const string DefaultInstanceName = "ReportingEngine";

    /// <summary>The name of the connection setting in messages: the command-line option hosts expose.</summary>
    public const string DefaultSettingName = "--job-store";

    /// <summary>Quartz's own default check-in interval for clustered nodes.</summary>
    public static readonly TimeSpan DefaultCheckinInterval = TimeSpan.FromMilliseconds(7500);

    /// <summary>The database that holds the job store.</summary>
    public JobStoreProvider Provider { get; init; } = JobStoreProvider.Sqlite;

    /// <summary>ADO.NET connection string of the job store database (the <c>--job-store</c> setting).</summary>
    public required string ConnectionString { get; init; }

    /// <summary>Whether this scheduler is one node of a cluster sharing the job store (PostgreSQL or SQL Server only).</summary>
    public bool Clustered { get; init; }

    /// <summary>Scheduler name (Quartz <c>SCHED_NAME</c>); all nodes of one cluster use the same one.</summary>
    public string InstanceName { get; init; } = DefaultInstanceName;

    /// <summary>
    /// This node's id (Quartz instance id), recorded with every fired trigger; unique per node of a cluster.
    /// Null: generated (host name + ticks) when clustered, <c>NON_CLUSTERED</c> otherwise.
    /// </summary>
    public string? InstanceId { get; init; }

    /// <summary>
    /// How often a clustered node writes its check-in row. A node that misses its check-in by more than
    /// <see cref="CheckinMisfireThreshold"/> is declared dead and its recoverable jobs run elsewhere.
    /// </summary>
    public TimeSpan CheckinInterval { get; init; } = DefaultCheckinInterval;

    /// <summary>How late a check-in may be before the node counts as failed; null leaves Quartz's default.</summary>
    public TimeSpan? CheckinMisfireThreshold { get; init; }

    /// <summary>Prefix of Quartz's tables (letters, digits and underscores; no schema qualifier).</summary>
    public string TablePrefix { get; init; } = DefaultTablePrefix;

    /// <summary>Name of the connection setting used in messages (<c>--job-store</c> on the command line).</summary>
    public string SettingName { get; init; } = DefaultSettingName;

    /// <summary>The single-node default: a SQLite file (created when missing).</summary>
    /// <param name="path">The job store file, e.g. <c>out/jobs.db</c> beside <c>out/estate.db</c>.</param>
    /// <returns>Settings for a non-clustered SQLite store.</returns>
    public static JobStoreSettings ForSqliteFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = false };
        return new JobStoreSettings { Provider = JobStoreProvider.Sqlite, ConnectionString = builder.ConnectionString };
    }

    /// <summary>Checks the settings once; every problem is listed in one message.</summary>
    /// <exception cref="JobStoreException">The settings cannot work; the message names the setting.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Provider))
        {
            problems.Add($"unknown job store provider {Provider}: use one of {string.Join(", ", JobStoreProviders.Names)}");
        }
        else if (Clustered && Provider == JobStoreProvider.Sqlite)
        {
            problems.Add("Quartz refuses clustered mode on SQLite; use postgres or sqlserver");
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add($"the job store connection setting ({SettingName}) is empty");
        }
        else if (Enum.IsDefined(Provider))
        {
            try
            {
                _ = CreateConnectionStringBuilder();
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                problems.Add($"the job store connection setting ({SettingName}) is not a valid {JobStoreProviders.NameOf(Provider)} connection string: {ex.Message}");
            }
        }

        if (string.IsNullOrWhiteSpace(InstanceName) || InstanceName.Length > 120)
        {
            problems.Add("the scheduler instance name must be 1 to 120 characters");
        }

        if (InstanceId is not null && (InstanceId.Length is 0 or > 200 || InstanceId.Any(char.IsWhiteSpace)))
        {
            problems.Add($"the node id '{InstanceId}' must be 1 to 200 characters without spaces");
        }

        if (CheckinInterval <= TimeSpan.Zero)
        {
            problems.Add("the cluster check-in interval must be positive");
        }

        if (CheckinMisfireThreshold is { } threshold && threshold <= TimeSpan.Zero)
        {
            problems.Add("the cluster check-in misfire threshold must be positive");
        }

        if (!TablePrefixPattern().IsMatch(TablePrefix ?? string.Empty))
        {
            problems.Add($"the table prefix '{TablePrefix}' must be letters, digits and underscores (at most 30), starting with a letter");
        }

        if (problems.Count > 0)
        {
            throw new JobStoreException("invalid job store settings: " + string.Join("; ", problems));
        }
    }

    /// <summary>Where the store lives, for messages: the server and database, never the credentials.</summary>
    /// <returns>E.g. <c>PostgreSQL server 127.0.0.1:5432, database jobs</c>.</returns>
    public string DescribeServer()
    {
        try
        {
            return CreateConnectionStringBuilder() switch
            {
                SqliteConnectionStringBuilder sqlite => "SQLite file " + sqlite.DataSource,
                NpgsqlConnectionStringBuilder npgsql => string.Create(
                    CultureInfo.InvariantCulture,
                    $"PostgreSQL server {npgsql.Host ?? "localhost"}:{npgsql.Port}, database {npgsql.Database ?? npgsql.Username ?? "(default)"}"),
                SqlConnectionStringBuilder sql => $"SQL Server {sql.DataSource}, database {(sql.InitialCatalog.Length == 0 ? "(default)" : sql.InitialCatalog)}",
                _ => JobStoreProviders.NameOf(Provider),
            };
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return JobStoreProviders.NameOf(Provider) + " (connection string not readable)";
        }
    }

    internal DbConnectionStringBuilder CreateConnectionStringBuilder() => Provider switch
    {
        JobStoreProvider.Sqlite => new SqliteConnectionStringBuilder(ConnectionString),
        JobStoreProvider.Postgres => new NpgsqlConnectionStringBuilder(ConnectionString),
        JobStoreProvider.SqlServer => new SqlConnectionStringBuilder(ConnectionString),
        _ => throw new InvalidOperationException("unknown job store provider " + Provider),
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,29}$", RegexOptions.CultureInvariant)]
    private static partial Regex TablePrefixPattern();
}
