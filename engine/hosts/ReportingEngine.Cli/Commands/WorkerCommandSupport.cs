using System.CommandLine;
using System.Data.Common;
using ReportingEngine.Data.Connections;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;
using ReportingEngine.Scheduling.Calendar;
using ReportingEngine.Scheduling.Jobs;
using ReportingEngine.Scheduling.Stores;

namespace ReportingEngine.Cli.Commands;

/// <summary>The options <c>reporting worker</c> and <c>reporting jobs</c> share, and what they open from them.</summary>
internal sealed class WorkerCommandSupport
{
    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "ADO.NET connection string of the estate database (default: Data Source=<repo>/out/estate.db).",
    };

    public Option<string?> JobStore { get; } = new("--job-store")
    {
        Description = "Job store: a SQLite file or connection string (default: jobs.db beside the estate database), or the PostgreSQL / SQL Server connection string.",
    };

    public Option<string> Provider { get; } = new("--job-store-provider")
    {
        Description = "Job store database: sqlite (single node), postgres or sqlserver (clustered possible).",
        DefaultValueFactory = _ => "sqlite",
    };

    public Option<bool> Clustered { get; } = new("--clustered")
    {
        Description = "Share the job store with other workers (postgres or sqlserver only; Quartz refuses clustered SQLite).",
    };

    public Option<double?> CheckinInterval { get; } = new("--checkin-interval")
    {
        Description = "Seconds between a clustered node's check-ins (default 7.5). A node that misses its check-in is declared dead and its jobs recover on another node; shorter means faster recovery and more job store writes.",
    };

    public Option<FileInfo?> Calendar { get; } = new("--calendar")
    {
        Description = "Calendar file overriding the regulation defaults per company (example: config/calendar.json).",
    };

    public Option<DirectoryInfo?> Templates { get; } = new("--templates")
    {
        Description = "The templates/ folder (default: the repository's).",
    };

    public void AddTo(Command command, bool withCalendar)
    {
        command.Options.Add(Connection);
        command.Options.Add(JobStore);
        command.Options.Add(Provider);
        command.Options.Add(Clustered);
        command.Options.Add(CheckinInterval);
        command.Options.Add(Templates);
        if (withCalendar)
        {
            command.Options.Add(Calendar);
        }
    }

    /// <summary>The repository layout, or the one around <c>--templates</c>.</summary>
    public RepositoryLayout Layout(ParseResult parse)
    {
        var templates = parse.GetValue(Templates);
        return templates is null
            ? RepositoryLayout.DiscoverDefault()
            : new RepositoryLayout(Path.GetDirectoryName(templates.FullName.TrimEnd(Path.DirectorySeparatorChar)) ?? templates.FullName);
    }

    /// <summary>The estate database, reachable: prints one line naming <c>--connection</c> and returns null when it is not.</summary>
    public async Task<EstateDatabase?> OpenEstateAsync(ParseResult parse, RepositoryLayout layout, CancellationToken cancellationToken)
    {
        if (await EstateDatabases.TryOpenAsync(parse.GetValue(Connection), layout).ConfigureAwait(false) is not { } database)
        {
            return null;
        }

        try
        {
            var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
            return database;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"--connection: error: the estate database cannot be reached: {ex.Message}").ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>The job store settings; prints one line naming <c>--job-store</c> and returns null when they cannot work.</summary>
    public async Task<JobStoreSettings?> StoreAsync(ParseResult parse, EstateDatabase database, RepositoryLayout layout, string? node)
    {
        var providerText = parse.GetValue(Provider);
        if (!JobStoreProviders.TryParse(providerText, out var provider))
        {
            await Console.Error.WriteLineAsync($"--job-store-provider: error: '{providerText}' is not one of {string.Join(", ", JobStoreProviders.Names)}").ConfigureAwait(false);
            return null;
        }

        var value = parse.GetValue(JobStore);
        JobStoreSettings settings;
        if (provider == JobStoreProvider.Sqlite)
        {
            var folder = database.SqliteFile is { } file ? Path.GetDirectoryName(file)! : Path.Combine(layout.Root, "out");
            settings = value is null ? JobStoreSettings.ForSqliteFile(Path.Combine(folder, "jobs.db"))
                : value.Contains('=', StringComparison.Ordinal) ? new JobStoreSettings { Provider = provider, ConnectionString = value }
                : JobStoreSettings.ForSqliteFile(value);
        }
        else if (string.IsNullOrWhiteSpace(value))
        {
            await Console.Error.WriteLineAsync($"--job-store: error: give the {JobStoreProviders.NameOf(provider)} connection string of the job store").ConfigureAwait(false);
            return null;
        }
        else
        {
            settings = new JobStoreSettings { Provider = provider, ConnectionString = value };
        }

        settings = settings with { Clustered = parse.GetValue(Clustered), InstanceId = node };
        if (parse.GetValue(CheckinInterval) is { } seconds)
        {
            if (!(seconds is > 0 and <= 3600))
            {
                await Console.Error.WriteLineAsync($"--checkin-interval: error: give the seconds between check-ins, more than 0 and at most 3600 (got {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)})").ConfigureAwait(false);
                return null;
            }

            settings = settings with { CheckinInterval = TimeSpan.FromSeconds(seconds) };
        }

        try
        {
            settings.Validate();
            return settings;
        }
        catch (JobStoreException ex)
        {
            await Console.Error.WriteLineAsync("--job-store: error: " + ex.Message).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>The calendar of <c>--calendar</c> or the regulation defaults; prints every problem with its place and returns null.</summary>
    public async Task<RegulationCalendar?> CalendarAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        if (parse.GetValue(Calendar) is not { } file)
        {
            return RegulationCalendar.Default;
        }

        try
        {
            return await CalendarFile.LoadAsync(file.ToString(), cancellationToken).ConfigureAwait(false);
        }
        catch (CalendarException ex)
        {
            foreach (var problem in ex.Problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            return null;
        }
    }

    /// <summary>What the jobs work with.</summary>
    public static JobEnvironment Environment(EstateDatabase database, RepositoryLayout layout, string outputFolder, string node, RegulationCalendar calendar) => new()
    {
        Database = database,
        Renderer = new DocumentRenderer(layout),
        Time = TimeProvider.System,
        OutputFolder = outputFolder,
        Node = node,
        Calendar = calendar,
    };
}
