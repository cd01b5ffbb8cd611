using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Dossiers;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Generation.Tests.Dossiers;

/// <summary>The hand-made estate in a temp SQLite file, with a renderer, an output register and the generator; once per test class.</summary>
public sealed class DossierEstateFixture : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "re-dossiers-" + Guid.NewGuid().ToString("N"));

    public IEstateReader Reader { get; private set; } = null!;

    public DocumentRenderer Renderer { get; private set; } = null!;

    public OutputRegister Register { get; private set; } = null!;

    public DossierDocuments Documents { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var data = Path.Combine(Folder, "data");
        Directory.CreateDirectory(data);
        DossierEstate.Write(data);
        var database = EstateConnectionFactory.Create("Data Source=" + Path.Combine(Folder, "estate.db"));
        var result = await DatabaseInitializer.InitializeAsync(database, data, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(10)));
        Reader = EstateReaders.Create(database);
        Renderer = new DocumentRenderer(RepositoryLayout.Discover(AppContext.BaseDirectory));
        Register = new OutputRegister(database);
        Documents = new DossierDocuments(Reader, Renderer, new FixedTime(new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero)), Register);
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

    public DossierJob Job(DateOnly asOf, params string[] formats) => new()
    {
        CommunityId = DossierEstate.Community,
        AsOf = asOf,
        OutputFolder = Path.Combine(Folder, "out-" + Guid.NewGuid().ToString("N")[..8]),
        Formats = formats.Length == 0 ? ["pdf"] : formats,
    };
}
