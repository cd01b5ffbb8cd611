using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ReportingEngine.Documents.Docx;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Bench.Rendering;

/// <summary>
/// The DOCX writer alone: one fee notice is built once (template → model), then written
/// <c>--copies</c> times on one thread; prints CPU ms per written document.
/// </summary>
/// <remarks>`fees-child --mode render-docx` includes template → model (≈ 1–2 ms per notice);
/// this isolates the writer so its changes are measured without that noise.</remarks>
internal static class DocxWriterBench
{
    private const string Kind = "fee-notice";

    /// <summary>Runs the loop; writes one sample to <paramref name="output"/> when given.</summary>
    public static async Task<string> RunAsync(RepositoryLayout layout, int copies, string? output, CancellationToken ct)
    {
        var renderer = new DocumentRenderer(layout);
        using var sample = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(layout.TemplatesRoot, Kind, "sample.json"), ct).ConfigureAwait(false));
        var built = renderer.BuildDocument(Kind, sample.RootElement, ct);
        var document = built.Document ?? throw new InvalidOperationException(string.Join(Environment.NewLine, built.Problems));
        var writer = new DocxDocumentWriter();
        using var buffer = new MemoryStream(64 * 1024);
        for (var i = 0; i < 200; i++)
        {
            buffer.SetLength(0);
            writer.Write(document, buffer, ct);
        }

        if (output is not null)
        {
            await File.WriteAllBytesAsync(output, buffer.ToArray(), ct).ConfigureAwait(false);
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var cpuBefore = self.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < copies; i++)
        {
            buffer.SetLength(0);
            writer.Write(document, buffer, ct);
        }

        watch.Stop();
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return string.Create(CultureInfo.InvariantCulture,
            $"docx-writer: {copies} documents, {buffer.Length} bytes each, CPU {cpu / copies:0.000} ms/doc, wall {watch.Elapsed.TotalMilliseconds / copies:0.000} ms/doc, {allocated / copies / 1024.0:0} KB allocated/doc");
    }
}
