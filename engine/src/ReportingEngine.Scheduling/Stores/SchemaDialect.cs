using System.Data.Common;

namespace ReportingEngine.Scheduling.Stores;

/// <summary>What differs between the job store databases when the schema is created: connection, lock, catalog query.</summary>
internal abstract class SchemaDialect
{
    /// <summary>The dialect of a provider.</summary>
    public static SchemaDialect For(JobStoreProvider provider) => provider switch
    {
        JobStoreProvider.Sqlite => SqliteSchemaDialect.Instance,
        JobStoreProvider.Postgres => PostgresSchemaDialect.Instance,
        JobStoreProvider.SqlServer => SqlServerSchemaDialect.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown job store provider"),
    };

    /// <summary>Lists the tables of the connection's own schema, one name per row.</summary>
    public abstract string ExistingTablesSql { get; }

    /// <summary>A new, closed connection.</summary>
    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>Prepares a freshly opened connection (e.g. file journal mode); nothing by default.</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Begins the transaction the schema is created in and takes the lock that keeps two nodes starting
    /// at the same moment from creating the same tables at once; the lock ends with the transaction.
    /// </summary>
    public abstract Task<DbTransaction> BeginLockedAsync(DbConnection connection, string lockName, CancellationToken cancellationToken);
}
