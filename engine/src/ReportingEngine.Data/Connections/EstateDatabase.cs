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
                // busy_timeout: a reader meeting a register commit waits in SQLite's own short retries (1–100 ms) instead of
                // Microsoft.Data.Sqlite's fixed 150 ms sleep per busy step — that sleep was most of the fee batch's load time.
                pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";
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
