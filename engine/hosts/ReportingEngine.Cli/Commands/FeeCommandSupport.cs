using System.CommandLine;
using ReportingEngine.Data.Connections;
using ReportingEngine.Generation.Fees;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary>What the fee verbs (batch, verify, regenerate) share: the connection option and the batch they drive.</summary>
internal static class FeeCommandSupport
{
    public static Option<string?> Connection() => new("--connection")
    {
        Description = "ADO.NET connection string of the estate database (default: Data Source=<repo>/out/estate.db).",
    };

    public static Option<string?> By() => new("--by")
    {
        Description = "Who is recorded in the output register as having generated the files (default: the user name).",
    };

    /// <summary>The database of <paramref name="connectionString"/>, or the repository's default SQLite file.</summary>
    /// <exception cref="DataConfigurationException">Malformed setting.</exception>
    public static EstateDatabase OpenDatabase(string? connectionString, RepositoryLayout layout)
    {
        connectionString ??= "Data Source=" + Path.Combine(layout.Root, "out", "estate.db");
        var database = EstateConnectionFactory.Create(connectionString);
        if (database.SqliteFile is not null && !File.Exists(database.SqliteFile))
        {
            throw new DataConfigurationException(
                $"{database.SqliteFile}: the estate database does not exist; create it with 'reporting db init --sample' or give --connection");
        }

        return database;
    }

    public static FeeNoticeBatch Batch(EstateDatabase database, RepositoryLayout layout, string? by, int? parallel = null) =>
        new(database, new DocumentRenderer(layout), TimeProvider.System, FeeNoticeOptions.Default with
        {
            GeneratedBy = string.IsNullOrWhiteSpace(by) ? FeeNoticeOptions.Default.GeneratedBy : by,
            MaxDegreeOfParallelism = parallel ?? FeeNoticeOptions.Default.MaxDegreeOfParallelism,
        });
}
