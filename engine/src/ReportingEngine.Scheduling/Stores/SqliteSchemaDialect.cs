using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ReportingEngine.Scheduling.Stores;

/// <summary>SQLite: the file's write lock (<c>BEGIN IMMEDIATE</c>) serialises schema creation; WAL lets readers in while the worker writes.</summary>
internal sealed class SqliteSchemaDialect : SchemaDialect
{
    public static readonly SqliteSchemaDialect Instance = new();

    private SqliteSchemaDialect()
    {
    }

    public override string ExistingTablesSql => "SELECT name FROM sqlite_master WHERE type = 'table'";

    public override DbConnection CreateConnection(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource.Length > 0 && builder.Mode is SqliteOpenMode.ReadWriteCreate && !builder.DataSource.StartsWith(':'))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return new SqliteConnection(connectionString);
    }

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override Task<DbTransaction> BeginLockedAsync(DbConnection connection, string lockName, CancellationToken cancellationToken)
    {
        // A non-deferred transaction is BEGIN IMMEDIATE: the write lock is taken now, a second process
        // waits (busy timeout) and then sees the tables the first one created.
        cancellationToken.ThrowIfCancellationRequested();
        DbTransaction transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        return Task.FromResult(transaction);
    }
}
