using System.Data.Common;
using System.Net.Sockets;

namespace ReportingEngine.Scheduling.Stores;

/// <summary>
/// Creates Quartz's tables in the job store database on first start, from the script embedded in
/// Quartz.dll for the provider (<c>Quartz.Impl.AdoJobStore.Schema.create_*.sql</c>).
/// </summary>
/// <remarks>
/// Idempotent: when every table exists nothing is run. Safe when two nodes start at the same moment: the
/// creation runs in one transaction under a lock (PostgreSQL advisory lock, SQL Server <c>sp_getapplock</c>,
/// SQLite's write lock) and re-checks the catalog once it holds the lock. Tables that already exist are
/// never altered or dropped; a schema left by an older Quartz gets only its missing tables.
/// </remarks>
public static class JobStoreSchema
{
    private const string LockNamePrefix = "ReportingEngine.JobStoreSchema:";

    /// <summary>Creates the missing job store tables.</summary>
    /// <param name="settings">The job store; validated first.</param>
    /// <param name="cancellationToken">Cancels the creation (the transaction is rolled back).</param>
    /// <returns>The tables created, in script order; empty when the schema was already complete.</returns>
    /// <exception cref="JobStoreException">Invalid settings, or the database cannot be reached or prepared;
    /// the message names the setting and the server.</exception>
    public static async Task<IReadOnlyList<string>> EnsureCreatedAsync(JobStoreSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var script = SchemaScript.Load(settings.Provider, settings.TablePrefix);
        var dialect = SchemaDialect.For(settings.Provider);

        var connection = dialect.CreateConnection(settings.ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await OpenAsync(connection, dialect, settings, cancellationToken).ConfigureAwait(false);
            try
            {
                if ((await MissingTablesAsync(connection, null, dialect, script, cancellationToken).ConfigureAwait(false)).Count == 0)
                {
                    return [];
                }

                var transaction = await dialect.BeginLockedAsync(connection, LockNamePrefix + settings.TablePrefix, cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var missing = await MissingTablesAsync(connection, transaction, dialect, script, cancellationToken).ConfigureAwait(false);
                    if (missing.Count == 0)
                    {
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        return [];
                    }

                    foreach (var statement in script.Statements)
                    {
                        await using var command = connection.CreateCommand();
                        command.Transaction = transaction;
                        command.CommandText = statement;
                        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return missing;
                }
            }
            catch (DbException ex)
            {
                throw new JobStoreException(
                    $"the job store tables could not be created in {settings.DescribeServer()} ({settings.SettingName}): {FirstLine(ex.Message)}", ex);
            }
        }
    }

    /// <summary>The tables the provider's script creates that are not in the database yet.</summary>
    private static async Task<IReadOnlyList<string>> MissingTablesAsync(
        DbConnection connection, DbTransaction? transaction, SchemaDialect dialect, SchemaScript script, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = dialect.ExistingTablesSql;
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                existing.Add(reader.GetString(0));
            }
        }

        return script.Tables.Where(table => !existing.Contains(table)).ToList();
    }

    private static async Task OpenAsync(DbConnection connection, SchemaDialect dialect, JobStoreSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await dialect.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or SocketException or TimeoutException or IOException or UnauthorizedAccessException
            || (ex is InvalidOperationException && !cancellationToken.IsCancellationRequested))
        {
            throw new JobStoreException(
                $"cannot reach the job store database ({settings.SettingName}): {settings.DescribeServer()}: {FirstLine(ex.Message)}", ex);
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
