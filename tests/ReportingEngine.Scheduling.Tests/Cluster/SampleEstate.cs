using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;

namespace ReportingEngine.Scheduling.Tests.Cluster;

/// <summary>
/// The sample estate in a temporary folder (estate.db from sample-data/, an output folder) and what the cluster tests read
/// back from it: billed units, the output register's fee notices, and the files on disk.
/// </summary>
internal sealed class SampleEstate : IDisposable
{
    private SampleEstate(string folder)
    {
        Folder = folder;
        DatabaseFile = Path.Combine(folder, "estate.db");
        OutputFolder = Path.Combine(folder, "out");
    }

    public string Folder { get; }

    public string DatabaseFile { get; }

    public string ConnectionString => "Data Source=" + DatabaseFile;

    public string OutputFolder { get; }

    public static async Task<SampleEstate> CreateAsync()
    {
        var estate = new SampleEstate(Path.Combine(Path.GetTempPath(), "re-cluster-" + Guid.NewGuid().ToString("N")[..12]));
        Directory.CreateDirectory(estate.OutputFolder);
        var result = await DatabaseInitializer.InitializeAsync(
            EstateConnectionFactory.Create(estate.ConnectionString),
            Path.Combine(ReportingProcess.RepositoryRoot, "sample-data"),
            CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return estate;
    }

    /// <summary>Units of the community with a bill for the period, from the data (not from what the batch says it did).</summary>
    public async Task<IReadOnlyDictionary<string, string>> BilledUnitsAsync(string communityId, string period)
    {
        const string sql = """
            SELECT DISTINCT u.id, u.building_id
            FROM bills b
            JOIN units u ON u.id = b.unit_id
            JOIN buildings g ON g.id = u.building_id
            WHERE g.community_id = @community AND b.period = @period
            """;
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@community", communityId);
        command.Parameters.AddWithValue("@period", period);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            units[reader.GetString(0)] = reader.GetString(1);
        }

        return units;
    }

    /// <summary>The output register's fee-notice rows of the period (none yet when the register table does not exist).</summary>
    public async Task<IReadOnlyList<NoticeRow>> NoticesAsync(string period)
    {
        await using var connection = await OpenAsync();
        await using (var exists = connection.CreateCommand())
        {
            exists.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'output_register'";
            if ((long)(await exists.ExecuteScalarAsync())! == 0)
            {
                return [];
            }
        }

        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT archive_number, format, subject, file_name, file_sha256, generated_by
            FROM output_register WHERE kind = 'fee-notice' AND period = @period
            """;
        command.Parameters.AddWithValue("@period", period);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<NoticeRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new NoticeRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        return rows;
    }

    /// <summary>File names of the register's other kinds (building print files, delivery receipts) — not notices.</summary>
    public async Task<HashSet<string>> OtherRegisteredFileNamesAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT file_name FROM output_register WHERE kind <> 'fee-notice'";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            names.Add(Path.GetFileName(reader.GetString(0)));
        }

        return names;
    }

    /// <summary>Every PDF and DOCX under the output folder, by file name, with all the paths it was found at.</summary>
    public Dictionary<string, List<string>> FilesOnDisk() =>
        Directory.EnumerateFiles(OutputFolder, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".pdf", StringComparison.Ordinal) || path.EndsWith(".docx", StringComparison.Ordinal))
            .GroupBy(path => Path.GetFileName(path), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30 }.ConnectionString);
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 30000";
        await pragma.ExecuteNonQueryAsync();
        return connection;
    }
}
