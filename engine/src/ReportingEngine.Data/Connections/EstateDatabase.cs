using System.Data.Common;
using ReportingEngine.Data.Dialects;

namespace ReportingEngine.Data.Connections;

/// <summary>A configured estate database: its dialect and connection string.</summary>
/// <param name="Dialect">SQL dialect.</param>
/// <param name="ConnectionString">ADO.NET connection string.</param>
/// <param name="SqliteFile">For SQLite: the full path of the database file, else null.</param>
public sealed record EstateDatabase(ISqlDialect Dialect, string ConnectionString, string? SqliteFile)
{
    /// <summary>Opens a connection (SQLite: with foreign keys enforced).</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>An open connection the caller disposes.</returns>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = Dialect.CreateConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (Dialect is SqliteDialect)
            {
                using var pragma = connection.CreateCommand();
                // A database file is kept in write-ahead-log mode: readers (a batch loading the next building) never wait for a
                // writer (the output register committing the last one), and a commit appends to the log instead of
                // rewriting pages under a rollback journal. NORMAL sync in WAL keeps the database consistent on a power cut
                // (the last commits may be lost; a batch re-run restores them — docs/decisions/0003). busy_timeout: a
                // writer meeting another writer waits in SQLite's short retries, not Microsoft.Data.Sqlite's 150 ms sleep.
                pragma.CommandText = SqliteFile is null
                    ? "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;"
                    : "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
