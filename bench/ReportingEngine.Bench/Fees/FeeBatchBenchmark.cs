using System.Diagnostics;
using System.Globalization;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;
using ReportingEngine.Data.Synthetic;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Fees;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Bench.Fees;

/// <summary>
/// The monthly fee-notice batch end to end on a synthetic estate (issue 5): notices per second (each notice = one
/// PDF + one DOCX, plus the buildings' print files and receipt sheets) on 1 thread and on all cores, with peak memory.
/// </summary>
public static class FeeBatchBenchmark
{
    /// <summary>Generates and imports an estate of <paramref name="units"/> units, then runs the batch twice.</summary>
    /// <returns>Markdown lines for docs/benchmarks.md.</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(RepositoryLayout layout, int units, string folder, CancellationToken ct)
    {
        var csv = Path.Combine(folder, "csv");
        EstateGenerator.Generate(GeneratorOptions.Sample with { Units = units }, csv, ct);
        var database = EstateConnectionFactory.Create("Data Source=" + Path.Combine(folder, "estate.db"));
        var import = await DatabaseInitializer.InitializeAsync(database, csv, ct).ConfigureAwait(false);
        if (!import.Succeeded)
        {
            return [.. import.Diagnostics.Take(5).Select(d => d.ToString())];
        }

        var lines = new List<string>
        {
            "| fee-notice batch | units | threads | notices/s (PDF+DOCX each) | files | wall time | peak working set |",
            "|---|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            var batch = new FeeNoticeBatch(database, new DocumentRenderer(layout), TimeProvider.System, FeeNoticeOptions.Default with
            {
                GeneratedBy = "bench",
                MaxDegreeOfParallelism = threads,
            });
            var request = new FeeBatchRequest
            {
                Period = new BillingPeriod(2026, 10),
                OutputFolder = Path.Combine(folder, "out-" + threads.ToString(CultureInfo.InvariantCulture)),
            };
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var result = await batch.RunAsync(request, null, ct).ConfigureAwait(false);
            watch.Stop();
            using var process = Process.GetCurrentProcess();
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"| {(result.Succeeded ? "ok" : "FAILED: " + result.Problems[0])} | {units} | {threads} | {result.NoticesWritten / watch.Elapsed.TotalSeconds:0.0} | {result.FilesWritten} | {watch.Elapsed.TotalSeconds:0.0} s | {process.PeakWorkingSet64 / 1048576.0:0} MB |"));
        }

        return lines;
    }
}
