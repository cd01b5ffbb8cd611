using Microsoft.Data.Sqlite;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Scheduling.Tests.Jobs;

/// <summary>
/// The sample estate in its own temp folder, built through the Data API, slimmed so a fee-notice run stays small: building
/// C01-B09 keeps the 2026-10 bills of three units only.
/// </summary>
public sealed class WorkerEstate : IDisposable
{
    public const string Building = "C01-B09";

    public WorkerEstate()
    {
        Layout = RepositoryLayout.Discover(AppContext.BaseDirectory);
        Folder = Path.Combine(Path.GetTempPath(), "re-worker-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Database = EstateConnectionFactory.Create("Data Source=" + Path.Combine(Folder, "estate.db"));
        var result = DatabaseInitializer.InitializeAsync(Database, Layout.SampleDataRoot, CancellationToken.None).GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
        }

        using var connection = new SqliteConnection(Database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA foreign_keys = OFF;
            DELETE FROM bills WHERE period = '2026-10'
              AND unit_id IN (SELECT id FROM units WHERE building_id = 'C01-B09')
              AND unit_id NOT IN (SELECT id FROM units WHERE building_id = 'C01-B09' ORDER BY id LIMIT 3);
            """;
        command.ExecuteNonQuery();
        Renderer = new DocumentRenderer(Layout);
    }

    public RepositoryLayout Layout { get; }

    public string Folder { get; }

    public EstateDatabase Database { get; }

    public DocumentRenderer Renderer { get; }

    /// <summary>A new, empty folder under the estate's temp folder.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(Folder, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind does no harm; the next run uses a new one.
        }
    }
}
