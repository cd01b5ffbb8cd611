using System.Data.Common;
using System.Text;
using Npgsql;

namespace ReportingEngine.Scheduling.Stores;

/// <summary>PostgreSQL: a transaction-scoped advisory lock; DDL is transactional, so a failed creation leaves nothing behind.</summary>
internal sealed class PostgresSchemaDialect : SchemaDialect
{
    public static readonly PostgresSchemaDialect Instance = new();

    private PostgresSchemaDialect()
    {
    }

    public override string ExistingTablesSql =>
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    public override async Task<DbTransaction> BeginLockedAsync(DbConnection connection, string lockName, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT pg_advisory_xact_lock(@key)";
            var key = command.CreateParameter();
            key.ParameterName = "key";
            key.Value = LockKey(lockName);
            command.Parameters.Add(key);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A stable 64-bit key for the lock name (FNV-1a; string.GetHashCode differs per process).</summary>
    internal static long LockKey(string lockName)
    {
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offset;
        foreach (var b in Encoding.UTF8.GetBytes(lockName))
        {
            hash = unchecked((hash ^ b) * prime);
        }

        return unchecked((long)hash);
    }
}
