using ReportingEngine.Data.Connections;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Cli.Commands;

/// <summary>Opens the estate database every data verb reads, from <c>--connection</c> or the default SQLite file.</summary>
internal static class EstateDatabases
{
    /// <summary>The database of <paramref name="connectionString"/>, or the repository's default SQLite file.</summary>
    /// <exception cref="DataConfigurationException">Malformed setting, or a SQLite file that does not exist.</exception>
    public static EstateDatabase Open(string? connectionString, RepositoryLayout layout)
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

    /// <summary>Like <see cref="Open"/>, but prints the problem (naming <c>--connection</c>) and returns null.</summary>
    public static async Task<EstateDatabase?> TryOpenAsync(string? connectionString, RepositoryLayout layout)
    {
        try
        {
            return Open(connectionString, layout);
        }
        catch (DataConfigurationException ex)
        {
            await Console.Error.WriteLineAsync("--connection: error: " + ex.Message).ConfigureAwait(false);
            return null;
        }
    }
}
