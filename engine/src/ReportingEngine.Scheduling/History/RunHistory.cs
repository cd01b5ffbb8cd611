using System.Data.Common;
using System.Globalization;
using ReportingEngine.Data.Connections;

namespace ReportingEngine.Scheduling.History;

/// <summary>The <c>job_runs</c> table: every run of a scheduled job, its node, times, outcome and document count.</summary>
public sealed class RunHistory
{
    /// <summary>The longest message kept; longer ones are cut (the full text is in the worker's log).</summary>
    public const int MessageLimit = 4000;

    private readonly EstateDatabase database;
    private readonly Lock gate = new();
    private Task? creation;

    /// <summary>The history in <paramref name="database"/> (the estate database).</summary>
    public RunHistory(EstateDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
    }

    /// <summary>Creates the table when missing (once per instance).</summary>
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

    /// <summary>Records that a run started, and that an earlier run of the same job left running was interrupted.</summary>
    public async Task StartedAsync(RunRecord run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await ExecuteAsync(RunHistorySchema.Delete, cancellationToken, ("fire_id", run.FireId)).ConfigureAwait(false);
        await ExecuteAsync(
            RunHistorySchema.Interrupt,
            cancellationToken,
            ("interrupted", RunOutcome.Interrupted),
            ("running", RunOutcome.Running),
            ("job_key", run.JobKey),
            ("fire_id", run.FireId),
            ("message", $"its worker stopped before the run finished; the job ran again on {run.Node} from {Text(run.StartedAt)}")).ConfigureAwait(false);
        await ExecuteAsync(
            RunHistorySchema.Insert,
            cancellationToken,
            ("fire_id", run.FireId),
            ("job_key", run.JobKey),
            ("kind", run.Kind),
            ("node", run.Node),
            ("scheduled_at", Text(run.ScheduledAt)),
            ("started_at", Text(run.StartedAt)),
            ("outcome", RunOutcome.Running)).ConfigureAwait(false);
    }

    /// <summary>Records how a run ended.</summary>
    public async Task FinishedAsync(string fireId, DateTimeOffset finishedAt, string outcome, int documents, string message, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            RunHistorySchema.Finish,
            cancellationToken,
            ("fire_id", fireId),
            ("finished_at", Text(finishedAt)),
            ("outcome", outcome),
            ("documents", documents),
            ("message", message.Length > MessageLimit ? message[..MessageLimit] : message)).ConfigureAwait(false);
    }

    /// <summary>The latest runs, newest first.</summary>
    public async Task<IReadOnlyList<RunRecord>> LatestAsync(int count, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var runs = new List<RunRecord>();
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = Command(connection, database.Dialect.Limit(RunHistorySchema.Latest, "rows"), [("rows", count)]);
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        runs.Add(new RunRecord
                        {
                            FireId = reader.GetString(0),
                            JobKey = reader.GetString(1),
                            Kind = reader.GetString(2),
                            Node = reader.GetString(3),
                            ScheduledAt = Parse(reader.GetString(4)),
                            StartedAt = Parse(reader.GetString(5)),
                            FinishedAt = reader.IsDBNull(6) ? null : Parse(reader.GetString(6)),
                            Outcome = reader.GetString(7),
                            Documents = Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture),
                            Message = reader.GetString(9),
                        });
                    }
                }
            }
        }

        return runs;
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var statement in RunHistorySchema.For(database.Dialect.Name))
            {
                var command = Command(connection, statement, []);
                await using (command.ConfigureAwait(false))
                {
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = Command(connection, sql, parameters);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Fixed texts from RunHistorySchema; values are bound as parameters.
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

    private static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
