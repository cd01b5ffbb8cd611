using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Surveys;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Generation.Tests.Surveys;

/// <summary>The sample estate imported into a fresh SQLite file (once per test class), a renderer over the real templates, and the survey generator.</summary>
public sealed class SurveyEstateFixture : IAsyncLifetime
{
    /// <summary>The sample data's latest survey quarter (responses exist for 2026Q2 and 2026Q3).</summary>
    public static readonly SurveyQuarter Quarter = new(2026, 3);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "re-surveys-" + Guid.NewGuid().ToString("N"));

    public RepositoryLayout Layout { get; } = RepositoryLayout.Discover(AppContext.BaseDirectory);

    public DocumentRenderer Renderer { get; private set; } = null!;

    public IEstateReader Reader { get; private set; } = null!;

    internal SurveyDocuments Documents { get; private set; } = null!;

    /// <summary>The database's connection string.</summary>
    public string Connection { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var connection = "Data Source=" + Path.Combine(Folder, "estate.db");
        var result = await DatabaseInitializer.InitializeAsync(EstateConnectionFactory.Create(connection), Layout.SampleDataRoot, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(10)));
        Connection = connection;
        Reader = EstateReaders.Create(connection);
        Renderer = new DocumentRenderer(Layout);
        Documents = new SurveyDocuments(Reader, Renderer);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still mapped by SQLite's pool on this machine; the temp folder is cleaned by the OS.
        }

        return Task.CompletedTask;
    }

    /// <summary>A new empty folder for one test's output.</summary>
    public string NewOutputFolder()
    {
        var path = Path.Combine(Folder, "out-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }
}
