using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportingEngine.Data.Connections;

namespace ReportingEngine.Generation.Register;

/// <summary>
/// 发文登记簿 — the output register in the estate database (table <c>output_register</c>, created when missing on
/// SQLite and SQL Server). Every generated file is recorded; files are verified by their SHA-256.
/// </summary>
/// <remarks>Thread-safe: every call opens its own pooled connection.</remarks>
public sealed class OutputRegister
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly EstateDatabase database;
    private readonly Lock gate = new();
    private Task? creation;

    /// <summary>A register over <paramref name="database"/>.</summary>
    public OutputRegister(EstateDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
    }

    /// <summary>Creates the <c>output_register</c> table and its indexes when missing (idempotent).</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (creation is null || creation.IsFaulted || creation.IsCanceled)
            {
                creation = CreateAsync(cancellationToken);
            }

            return creation;
        }
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var statement in RegisterSchema.For(database.Dialect.Name))
            {
                await ExecuteAsync(connection, statement, cancellationToken).ConfigureAwait(false);
            }

            foreach (var (exists, add) in RegisterSchema.UpgradesFor(database.Dialect.Name))
            {
                if (await HasColumnAsync(connection, exists, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                try
                {
                    await ExecuteAsync(connection, add, cancellationToken).ConfigureAwait(false);
                }
                catch (DbException)
                {
                    // Another process (a second worker starting) may have added it first; anything else is a real failure.
                    if (!await HasColumnAsync(connection, exists, cancellationToken).ConfigureAwait(false))
                    {
                        throw;
                    }
                }
            }
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string statement, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
#pragma warning disable CA2100 // Fixed DDL from RegisterSchema, no user input.
            command.CommandText = statement;
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<bool> HasColumnAsync(DbConnection connection, string exists, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
#pragma warning disable CA2100 // Fixed query from RegisterSchema, no user input.
            command.CommandText = exists;
#pragma warning restore CA2100
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
        }
    }

    /// <summary>
    /// Records the entries, all or none, only if none of their archive numbers is taken: the first of two callers that
    /// claim the same number wins, the other gets false and nothing of its entries is recorded. For numbers that must be
    /// unique across processes, like controlled copies' control numbers (R-ACC-3).
    /// </summary>
    /// <returns>True when recorded; false when an entry's archive number and format were already in the register.</returns>
    public async Task<bool> ClaimAsync(IReadOnlyList<RegisterEntry> entries, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(entries, replace: false, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbException ex) when (database.Dialect.IsDuplicateKey(ex))
        {
            return false;
        }
    }

    /// <summary>Records (or replaces) the entries, all or none, in one transaction.</summary>
    /// <remarks>
    /// Several processes may share one SQLite estate database (scheduler workers): the connection waits for the
    /// write lock (<c>busy_timeout</c>) and a transaction that still meets a busy database is retried whole, with
    /// growing pauses, for up to <see cref="BusyLimit"/>.
    /// </remarks>
    public Task RecordAsync(IReadOnlyList<RegisterEntry> entries, CancellationToken cancellationToken) =>
        WriteAsync(entries, replace: true, cancellationToken);

    /// <summary>How long a register write waits for a busy SQLite database before it fails.</summary>
    public static TimeSpan BusyLimit { get; } = TimeSpan.FromMinutes(2);

    private async Task WriteAsync(IReadOnlyList<RegisterEntry> entries, bool replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteOnceAsync(entries, replace, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (SqliteException ex) when (IsBusy(ex) && Stopwatch.GetElapsedTime(started) < BusyLimit)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(50 * attempt, 1000)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsBusy(SqliteException ex) => ex.SqliteErrorCode is SqliteBusy or SqliteLocked;

    private async Task WriteOnceAsync(IReadOnlyList<RegisterEntry> entries, bool replace, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var delete = Command(connection, transaction, RegisterQueries.Delete, [("archive_number", null), ("format", null)]);
                await using var deleteScope = delete.ConfigureAwait(false);
                var insert = Command(connection, transaction, RegisterQueries.Insert, [.. InsertNames.Select(n => (n, (object?)null))]);
                await using var insertScope = insert.ConfigureAwait(false);
                foreach (var entry in entries)
                {
                    if (replace)
                    {
                        delete.Parameters[0].Value = entry.ArchiveNumber;
                        delete.Parameters[1].Value = entry.Format;
                        await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    object?[] values =
                    [
                        entry.ArchiveNumber,
                        entry.Format,
                        entry.Kind,
                        entry.Subject,
                        entry.Period,
                        entry.TemplateVersion,
                        entry.DataHash,
                        entry.FileSha256,
                        entry.FileName,
                        entry.ByteCount,
                        entry.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                        entry.GeneratedBy,
                        entry.ControlNumber,
                        entry.Recipient,
                        entry.EngineBuild,
                    ];
                    for (var i = 0; i < values.Length; i++)
                    {
                        insert.Parameters[i].Value = values[i] ?? DBNull.Value;
                    }

                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static readonly string[] InsertNames =
    [
        "archive_number", "format", "kind", "subject", "period", "template_version", "data_hash", "file_sha256", "file_name",
        "byte_count", "generated_at", "generated_by", "control_number", "recipient", "engine_build",
    ];

    /// <summary>Opens a connection; on SQLite it waits up to 30 s for a lock held by another process before reporting busy.</summary>
    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (connection is SqliteConnection)
        {
            try
            {
                var pragma = connection.CreateCommand();
                await using (pragma.ConfigureAwait(false))
                {
                    pragma.CommandText = "PRAGMA busy_timeout = 30000;";
                    await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        return connection;
    }

    /// <summary>Every entry of an archive number (one per format).</summary>
    public Task<IReadOnlyList<RegisterEntry>> FindAsync(string archiveNumber, CancellationToken cancellationToken) =>
        QueryAsync(RegisterQueries.ByArchiveNumber, cancellationToken, ("archive_number", archiveNumber));

    /// <summary>Every entry of these archive numbers (one per format), looked up in chunks of <see cref="RegisterQueries.MaxListed"/>.</summary>
    /// <remarks>A batch asks for one building's documents at a time, so what it holds does not grow with the estate.</remarks>
    public async Task<IReadOnlyList<RegisterEntry>> FindManyAsync(IReadOnlyList<string> archiveNumbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(archiveNumbers);
        var result = new List<RegisterEntry>();
        foreach (var chunk in archiveNumbers.Distinct(StringComparer.Ordinal).Chunk(RegisterQueries.MaxListed))
        {
            var parameters = chunk.Select((number, i) => ("a" + i.ToString(CultureInfo.InvariantCulture), (object?)number)).ToArray();
            result.AddRange(await QueryAsync(RegisterQueries.ByArchiveNumbers(chunk.Length), cancellationToken, parameters).ConfigureAwait(false));
        }

        return result;
    }

    /// <summary>Every entry of a kind and period (a batch's files).</summary>
    public Task<IReadOnlyList<RegisterEntry>> ListAsync(string kind, string period, CancellationToken cancellationToken) =>
        QueryAsync(RegisterQueries.ByKindAndPeriod, cancellationToken, ("kind", kind), ("period", period));

    /// <summary>Whether the bytes of a file were registered, and what produced them.</summary>
    public async Task<Verification> VerifyAsync(string path, CancellationToken cancellationToken)
    {
        var sha = await ContentHash.Sha256OfFileAsync(path, cancellationToken).ConfigureAwait(false);
        var entries = await QueryAsync(RegisterQueries.BySha256, cancellationToken, ("file_sha256", sha)).ConfigureAwait(false);
        return new Verification(sha, entries);
    }

    private async Task<IReadOnlyList<RegisterEntry>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<RegisterEntry>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = Command(connection, null, sql, parameters);
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        result.Add(Read(reader));
                    }
                }
            }
        }

        return result;
    }

    private static RegisterEntry Read(DbDataReader reader) => new()
    {
        ArchiveNumber = reader.GetString(0),
        Format = reader.GetString(1),
        Kind = reader.GetString(2),
        Subject = reader.GetString(3),
        Period = reader.GetString(4),
        TemplateVersion = reader.GetString(5).Trim(),
        DataHash = reader.GetString(6).Trim(),
        FileSha256 = reader.GetString(7).Trim(),
        FileName = reader.GetString(8),
        ByteCount = Convert.ToInt64(reader.GetValue(9), CultureInfo.InvariantCulture),
        GeneratedAt = DateTimeOffset.Parse(reader.GetString(10), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        GeneratedBy = reader.GetString(11),
        ControlNumber = reader.IsDBNull(12) ? null : reader.GetString(12),
        Recipient = reader.IsDBNull(13) ? null : reader.GetString(13),
        EngineBuild = reader.IsDBNull(14) ? null : reader.GetString(14),
    };

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Fixed texts from RegisterQueries; values are bound as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
