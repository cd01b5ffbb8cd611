using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.AuditPacks;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Tests.Fees;

namespace ReportingEngine.Generation.Tests.AuditPacks;

/// <summary>The sample estate and one audit pack of community C01 for the first half of 2026, written once for the class.</summary>
public sealed class AuditPackFixture : IDisposable
{
    public const string CommunityId = "C01";

    public static readonly DateOnly From = new(2026, 1, 1);

    public static readonly DateOnly To = new(2026, 6, 30);

    public AuditPackFixture()
    {
        Estate = new SampleEstate();
        Renderer = new DocumentRenderer(Estate.Layout);
        Register = new OutputRegister(Estate.Database);
        Packs = new Generation.AuditPacks.AuditPacks(EstateReaders.Create(Estate.Database), Renderer, new FixedTime(), Register);
        Result = Packs.GenerateAsync(Request("first"), CancellationToken.None).GetAwaiter().GetResult();
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", Result.Errors));
        }
    }

    public SampleEstate Estate { get; }

    public DocumentRenderer Renderer { get; }

    public OutputRegister Register { get; }

    public Generation.AuditPacks.AuditPacks Packs { get; }

    public AuditPackResult Result { get; }

    public AuditPackRequest Request(string folder) => new()
    {
        CommunityId = CommunityId,
        From = From,
        To = To,
        OutputFolder = Path.Combine(Estate.Folder, folder),
        GeneratedBy = "tests",
    };

    public void Dispose() => Estate.Dispose();

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 7, 2, 1, 0, 0, TimeSpan.Zero);
    }
}
