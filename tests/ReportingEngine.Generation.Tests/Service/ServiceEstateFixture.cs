using Microsoft.Data.Sqlite;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Service;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Generation.Tests.Service;

/// <summary>The repository's sample estate in a temp SQLite file with the service and dossier generators; once per test class.</summary>
public sealed class ServiceEstateFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "re-service-" + Guid.NewGuid().ToString("N"));

    public IEstateReader Reader { get; private set; } = null!;

    public DocumentRenderer Renderer { get; private set; } = null!;

    public OutputRegister Register { get; private set; } = null!;

    public ServiceDocuments Documents { get; private set; } = null!;

    public DossierDocuments Dossiers { get; private set; } = null!;

    public string TemplatesRoot { get; private set; } = null!;

    private string ConnectionString => "Data Source=" + Path.Combine(Folder, "estate.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var layout = RepositoryLayout.Discover(AppContext.BaseDirectory);
        TemplatesRoot = layout.TemplatesRoot;
        var database = EstateConnectionFactory.Create(ConnectionString);
        var result = await DatabaseInitializer.InitializeAsync(database, layout.SampleDataRoot, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(10)));
        Reader = EstateReaders.Create(database);
        Renderer = new DocumentRenderer(layout);
        Register = new OutputRegister(database);
        var time = new StoppedClock(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        Documents = new ServiceDocuments(Reader, Renderer, time, Register, "service-tests");
        Dossiers = new DossierDocuments(Reader, Renderer, time, Register);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite's pool may still hold the file; the OS cleans the temp folder.
        }

        return Task.CompletedTask;
    }

    /// <summary>Changes this fixture's copy of the sample estate (each test class has its own) to add a case the sample lacks.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public string NewOutputFolder() => Path.Combine(Folder, "out-" + Guid.NewGuid().ToString("N")[..8]);

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
