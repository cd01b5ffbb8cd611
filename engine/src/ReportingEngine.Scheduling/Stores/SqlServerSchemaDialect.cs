using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace ReportingEngine.Scheduling.Stores;

/// <summary>SQL Server: <c>sp_getapplock</c> owned by the transaction; DDL is transactional there too.</summary>
internal sealed class SqlServerSchemaDialect : SchemaDialect
{
    public static readonly SqlServerSchemaDialect Instance = new();

    /// <summary>Takes the application lock; waits up to a minute; the result (≥ 0 granted) is selected.</summary>
    internal const string LockSql =
        "DECLARE @result int; EXEC @result = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 60000; SELECT @result;";

    private SqlServerSchemaDialect()
    {
    }

    public override string ExistingTablesSql =>
        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA_NAME() AND TABLE_TYPE = 'BASE TABLE'";

    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public override async Task<DbTransaction> BeginLockedAsync(DbConnection connection, string lockName, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = LockSql;
            var resource = command.CreateParameter();
            resource.ParameterName = "@resource";
            resource.DbType = DbType.String;
            resource.Size = 255;
            resource.Value = lockName;
            command.Parameters.Add(resource);
            var result = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            if (result < 0)
            {
                throw new JobStoreException($"another node held the schema lock '{lockName}' for over a minute (sp_getapplock returned {result})");
            }

            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
