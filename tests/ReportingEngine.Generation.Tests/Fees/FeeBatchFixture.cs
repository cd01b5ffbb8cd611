using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Fees;
using ReportingEngine.Generation.Rendering;

namespace ReportingEngine.Generation.Tests.Fees;

/// <summary>The sample estate with one finished batch: building C01-B09 (24 units), period 2026-10.</summary>
public sealed class FeeBatchFixture : IDisposable
{
    public const string BuildingId = "C01-B09";

    public FeeBatchFixture()
    {
        Estate = new SampleEstate();
        Renderer = new DocumentRenderer(Estate.Layout);
        Batch = new FeeNoticeBatch(Estate.Database, Renderer, new FixedTime(), FeeNoticeOptions.Default with { GeneratedBy = "tests" });
        Request = new FeeBatchRequest { Period = Period, BuildingId = BuildingId, OutputFolder = Path.Combine(Estate.Folder, "out") };
        First = Batch.RunAsync(Request, null, CancellationToken.None).GetAwaiter().GetResult();
    }

    public static BillingPeriod Period { get; } = new(2026, 10);

    public SampleEstate Estate { get; }

    public DocumentRenderer Renderer { get; }

    public FeeNoticeBatch Batch { get; }

    public FeeBatchRequest Request { get; }

    public FeeBatchResult First { get; }

    public string BuildingFolder => Path.Combine(Request.OutputFolder, "2026-10", "C01", BuildingId);

    public void Dispose() => Estate.Dispose();

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 10, 14, 2, 0, 0, TimeSpan.Zero);
    }
}
