using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Generation.Tests.Fees;

/// <summary>A sample-estate SQLite database in its own temp folder, built through the Data API.</summary>
public sealed class SampleEstate : IDisposable
{
    public SampleEstate()
    {
        Layout = RepositoryLayout.Discover(AppContext.BaseDirectory);
        Folder = Path.Combine(Path.GetTempPath(), "re-fees-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        ConnectionString = "Data Source=" + Path.Combine(Folder, "estate.db");
        Database = EstateConnectionFactory.Create(ConnectionString);
        var result = DatabaseInitializer.InitializeAsync(Database, Layout.SampleDataRoot, CancellationToken.None).GetAwaiter().GetResult();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
        }
    }

    public RepositoryLayout Layout { get; }

    public string Folder { get; }

    public string ConnectionString { get; }

    public EstateDatabase Database { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind does no harm; the next test run uses a new one.
        }
    }
}
