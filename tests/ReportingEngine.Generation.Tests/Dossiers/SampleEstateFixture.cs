using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Generation.Tests.Dossiers;

/// <summary>The repository's sample estate (sample-data/) in a temp SQLite file, once per test class.</summary>
public sealed class SampleEstateFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "re-dossiers-sample-" + Guid.NewGuid().ToString("N"));

    public IEstateReader Reader { get; private set; } = null!;

    public DocumentRenderer Renderer { get; private set; } = null!;

    public DossierDocuments Documents { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var layout = RepositoryLayout.Discover(AppContext.BaseDirectory);
        var database = EstateConnectionFactory.Create("Data Source=" + Path.Combine(Folder, "estate.db"));
        var result = await DatabaseInitializer.InitializeAsync(database, layout.SampleDataRoot, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(10)));
        Reader = EstateReaders.Create(database);
        Renderer = new DocumentRenderer(layout);
        Documents = new DossierDocuments(Reader, Renderer, new FixedTime(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)), new OutputRegister(database));
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

    public DossierJob Job(string community, DateOnly asOf) => new()
    {
        CommunityId = community,
        AsOf = asOf,
        OutputFolder = Path.Combine(Folder, "out-" + Guid.NewGuid().ToString("N")[..8]),
    };
}
