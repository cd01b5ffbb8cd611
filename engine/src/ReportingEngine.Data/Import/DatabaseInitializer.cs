using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Dialects;
using ReportingEngine.Data.Schema;

namespace ReportingEngine.Data.Import;

/// <summary>
/// Creates the estate database (schema) and imports a CSV folder in ONE transaction. Every row is
/// validated and all errors are collected; any error rolls everything back. For SQLite the database is
/// built in a temporary file next to the target and moved over it only on success, so re-running
/// recreates it cleanly and a failed import leaves the previous database untouched.
/// </summary>
public static class DatabaseInitializer
{
    /// <summary>The schema script of a dialect (embedded <c>schema/*.sql</c>).</summary>
    /// <param name="dialect">Dialect.</param>
    /// <returns>Script text.</returns>
    public static string ReadSchemaScript(ISqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        using var stream = typeof(DatabaseInitializer).Assembly.GetManifestResourceStream(dialect.SchemaResource)
            ?? throw new InvalidOperationException($"embedded schema '{dialect.SchemaResource}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Creates the database and, when <paramref name="dataDirectory"/> is given, imports its CSV files.</summary>
    /// <param name="database">Target database.</param>
    /// <param name="dataDirectory">CSV folder as the user wrote it (used in diagnostics), or null for an empty database.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Row counts, or every diagnostic.</returns>
    public static async Task<ImportResult> InitializeAsync(EstateDatabase database, string? dataDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.SqliteFile is null)
        {
            return await BuildAsync(database, dataDirectory, cancellationToken).ConfigureAwait(false);
        }

        var target = database.SqliteFile;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        DeleteSqlite(temp);
        var builder = new SqliteConnectionStringBuilder(database.ConnectionString) { DataSource = temp, Pooling = false };
        var tempDatabase = database with { ConnectionString = builder.ToString(), SqliteFile = temp };
        try
        {
            var result = await BuildAsync(tempDatabase, dataDirectory, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                SqliteConnection.ClearAllPools();
                DeleteSqlite(target);
                File.Move(temp, target);
            }

            return result;
        }
        finally
        {
            DeleteSqlite(temp);
        }
    }

    private static void DeleteSqlite(string path)
    {
        foreach (var suffix in new[] { string.Empty, "-journal", "-wal", "-shm" })
        {
            if (File.Exists(path + suffix))
            {
                File.Delete(path + suffix);
            }
        }
    }

    private static async Task<ImportResult> BuildAsync(EstateDatabase database, string? dataDirectory, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var statement in SplitStatements(ReadSchemaScript(database.Dialect)))
                {
                    using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = statement;
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                var counts = new List<KeyValuePair<string, long>>();
                var diagnostics = new List<ImportDiagnostic>();
                if (dataDirectory is not null)
                {
                    var importer = new CsvImporter(connection, transaction, database.Dialect, dataDirectory, diagnostics);
                    foreach (var table in EstateSchema.Tables)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        counts.Add(new(table.Name, importer.ImportTable(table, cancellationToken)));
                    }
                }
                else
                {
                    counts.AddRange(EstateSchema.Tables.Select(t => new KeyValuePair<string, long>(t.Name, 0)));
                }

                if (diagnostics.Count > 0)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return new ImportResult(diagnostics, []);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new ImportResult([], counts);
            }
        }
    }

    internal static IEnumerable<string> SplitStatements(string script) =>
        script.Split(";\n", StringSplitOptions.TrimEntries)
            .Select(s => string.Join('\n', s.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(s => s.Length > 0);
}
