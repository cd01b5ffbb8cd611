using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;
using ReportingEngine.Data.Synthetic;
using ReportingEngine.Domain.Common;
using ReportingEngine.Generation.Fees;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Bench.Fees;

/// <summary>
/// Issue 5: the monthly fee-notice batch end to end on synthetic estates (each notice = one PDF + one DOCX, plus the
/// buildings' print files and receipt sheets, all written and registered), the fee notice alone to PDF and to DOCX,
/// on 1 thread and on all cores — each configuration in its own child process so its peak working set is its own —
/// and, in the same run, the peers (LibreOffice, Chromium) on copies of the same notice.
/// </summary>
public static class FeeBatchBenchmark
{
    private const string Kind = "fee-notice";

    /// <summary>The whole comparison as Markdown.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(RepositoryLayout layout, IReadOnlyList<int> unitCounts, IReadOnlyList<int> threadCounts, int copies, bool peers, CancellationToken ct)
    {
        var lines = new List<string>
        {
            $"Load average at start: {LoadAverage()}",
            string.Empty,
            "| case | units | threads | notices/s | wall s | CPU s (user+sys) | CPU ms/notice | files | peak working set MB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        };
        var batches = new List<ChildResult>();
        var renders = new List<ChildResult>();
        foreach (var threads in threadCounts)
        {
            foreach (var format in new[] { "pdf", "docx" })
            {
                var result = Child(["fees-child", "--mode", "render-" + format, "--threads", Text(threads), "--copies", Text(copies * 5)]);
                renders.Add(result);
                lines.Add(result.Row($"fee notice → {format.ToUpperInvariant()} only (template to bytes, in memory)", "–"));
            }
        }

        foreach (var units in unitCounts)
        {
            var folder = Directory.CreateTempSubdirectory("re-bench-fees-").FullName;
            try
            {
                var prepared = Stopwatch.StartNew();
                var database = await PrepareAsync(units, folder, ct).ConfigureAwait(false);
                prepared.Stop();
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"estate of {units} units generated and imported in {prepared.Elapsed.TotalSeconds:0.0} s"));
                foreach (var threads in threadCounts)
                {
                    var output = Path.Combine(folder, "out-" + Text(threads));
                    var result = Child(["fees-child", "--mode", "batch", "--db", database, "--out", output, "--threads", Text(threads)]);
                    batches.Add(result with { Units = units });
                    lines.Add(result.Row("batch: PDF + DOCX per unit, print file + receipts per building, written + registered", Text(units)));

                    // Outputs are deleted only after every thread count has run: on ext4 without a journal (this machine) each
                    // new file scans recently deleted inodes, so deleting 200,000 files slowed the next run's file creation ~10×.
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        lines.Add(string.Empty);
        lines.Add("Where the batch's time goes (ms per notice, summed over threads; from the batch's own phase timers):");
        lines.Add(string.Empty);
        var phases = Enum.GetNames<FeeBatchPhase>();
        lines.Add("| units | threads | " + string.Join(" | ", phases) + " |");
        lines.Add("|---:|---:|" + string.Concat(phases.Select(_ => "---:|")));
        foreach (var batch in batches)
        {
            lines.Add($"| {batch.Units} | {batch.Threads} | " + string.Join(" | ", phases.Select(p => (batch.Phases.GetValueOrDefault(p) / Math.Max(1, batch.Notices)).ToString("0.00", CultureInfo.InvariantCulture))) + " |");
        }

        lines.Add(string.Empty);
        lines.Add(string.Empty);
        lines.Add("Garbage collector during each batch (whole child process):");
        lines.Add(string.Empty);
        lines.Add("| units | threads | gen0 | gen1 | gen2 | pause s | allocated MB | allocated KB/notice |");
        lines.Add("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var batch in batches.Where(b => b.Gc is not null))
        {
            var gc = batch.Gc!;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {batch.Units} | {batch.Threads} | {gc.Gen0} | {gc.Gen1} | {gc.Gen2} | {gc.PauseSeconds:0.0} | {gc.AllocatedMegabytes:0} | {gc.AllocatedMegabytes * 1024 / Math.Max(1, batch.Notices):0} |"));
        }

        var small = batches.Where(b => b.Units == unitCounts.Min()).MaxBy(b => b.PeakMegabytes);
        var large = batches.Where(b => b.Units == unitCounts.Max()).MaxBy(b => b.PeakMegabytes);
        if (small is not null && large is not null && unitCounts.Count > 1)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"Peak memory {unitCounts.Max()} units vs {unitCounts.Min()} units: {large.PeakMegabytes:0} MB / {small.PeakMegabytes:0} MB = **{large.PeakMegabytes / small.PeakMegabytes:0.00}×** (target ≤ 1.3×)."));
        }

        var allCores = batches.Where(b => b.Units == unitCounts.Max()).MaxBy(b => b.Threads);
        if (allCores is not null)
        {
            var projected = 100_000 / allCores.Rate;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{allCores.Units} units on {allCores.Threads} threads: {allCores.Rate:0.0} notices/s → 100,000 units in {projected / 60:0.0} min (target < 5 min); CPU {allCores.CpuMsPerNotice:0.0} ms per notice → {100_000 * allCores.CpuMsPerNotice / 1000 / Environment.ProcessorCount / 60:0.0} min on {Environment.ProcessorCount} idle cores."));
        }

        if (peers)
        {
            lines.Add(string.Empty);
            var ourPdf = renders.First(r => r.Mode == "render-pdf" && r.Threads == threadCounts[0]);
            var ourBatch = batches.FirstOrDefault(b => b.Threads == threadCounts[0]);
            lines.AddRange(await PeersAsync(layout, copies, ourPdf, ourBatch, ct).ConfigureAwait(false));
        }

        lines.Add(string.Empty);
        lines.Add($"Load average at end: {LoadAverage()}");
        return lines;
    }

    /// <summary>One configuration, in the child process: prints one JSON line.</summary>
    public static async Task<int> ChildAsync(RepositoryLayout layout, string mode, int threads, string? db, string? output, int copies, CancellationToken ct)
    {
        using var self = Process.GetCurrentProcess();
        using var trace = MemoryTrace.FromEnvironment();
        using var allocations = AllocationSampler.FromEnvironment();
        var cpuBefore = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        int notices;
        var files = 0;
        var phases = new Dictionary<string, double>(StringComparer.Ordinal);
        if (mode == "batch")
        {
            var database = EstateConnectionFactory.Create("Data Source=" + db);
            var batch = new FeeNoticeBatch(database, new DocumentRenderer(layout), TimeProvider.System, FeeNoticeOptions.Default with
            {
                GeneratedBy = "bench",
                MaxDegreeOfParallelism = threads,
            });
            cpuBefore = self.TotalProcessorTime;
            watch.Restart();
            var result = await batch.RunAsync(new FeeBatchRequest { Period = new BillingPeriod(2026, 10), OutputFolder = output! }, null, ct).ConfigureAwait(false);
            watch.Stop();
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, result.Problems.Take(10))).ConfigureAwait(false);
                return 1;
            }

            notices = result.NoticesWritten;
            files = result.FilesWritten;
            foreach (var (phase, time) in result.Phases)
            {
                phases[phase.ToString()] = time.TotalMilliseconds;
            }
        }
        else
        {
            var format = mode["render-".Length..];
            var renderer = new DocumentRenderer(layout);
            using var sample = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(layout.TemplatesRoot, Kind, "sample.json"), ct).ConfigureAwait(false));
            var model = sample.RootElement;
            for (var i = 0; i < threads * 3; i++)
            {
                renderer.Render(Kind, model, [format], ct);
            }

            cpuBefore = self.TotalProcessorTime;
            watch.Restart();
            var done = 0;
            Parallel.For(0, copies, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = ct }, _ =>
            {
                var outcome = renderer.Render(Kind, model, [format], ct);
                if (outcome.Succeeded && outcome.Files[0].Content.Length > 0)
                {
                    Interlocked.Increment(ref done);
                }
            });
            watch.Stop();
            notices = done;
            files = done;
        }

        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
        var gc = new GcActivity(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalSeconds, GC.GetTotalAllocatedBytes() / 1048576.0);
        Console.WriteLine(JsonSerializer.Serialize(new ChildResult(mode, 0, threads, notices, files, watch.Elapsed.TotalSeconds, cpu, self.PeakWorkingSet64 / 1048576.0, phases) { Gc = gc }));
        return 0;
    }

    /// <summary>Generates and imports a synthetic estate of <paramref name="units"/> units into <paramref name="folder"/>; returns the database path.</summary>
    public static Task<string> PrepareEstateAsync(int units, string folder, CancellationToken ct) => PrepareAsync(units, folder, ct);

    private static async Task<string> PrepareAsync(int units, string folder, CancellationToken ct)
    {
        var csv = Path.Combine(folder, "csv");
        EstateGenerator.Generate(GeneratorOptions.Sample with { Units = units }, csv, ct);
        var path = Path.Combine(folder, "estate.db");
        var import = await DatabaseInitializer.InitializeAsync(EstateConnectionFactory.Create("Data Source=" + path), csv, ct).ConfigureAwait(false);
        Directory.Delete(csv, recursive: true);
        return import.Succeeded ? path : throw new InvalidOperationException(string.Join(Environment.NewLine, import.Diagnostics.Take(5)));
    }

    private static async Task<IReadOnlyList<string>> PeersAsync(RepositoryLayout layout, int copies, ChildResult ourPdf, ChildResult? ourBatch, CancellationToken ct)
    {
        var lines = new List<string>
        {
            $"Peers, same run, {copies} copies of the same notice (start-up included), against ours on {ourPdf.Threads} thread(s):",
            string.Empty,
            "| peer | notices | seconds | notices/s | ours: template → PDF | ratio | ours: whole batch (PDF+DOCX+print+register) | ratio |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        };
        var folder = Directory.CreateTempSubdirectory("re-bench-peers-").FullName;
        try
        {
            var renderer = new DocumentRenderer(layout);
            using var sample = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(layout.TemplatesRoot, Kind, "sample.json"), ct).ConfigureAwait(false));
            var outcome = renderer.Render(Kind, sample.RootElement, ["docx"], ct);
            var docx = outcome.Files[0].Content;
            var words = System.Text.RegularExpressions.Regex.Match(outcome.Markup ?? string.Empty, "大写：([^）]+)）").Groups[1].Value;
            var html = Peers.FeeNoticeHtml.Build(sample.RootElement, words, Path.Combine(layout.AssetsRoot, sample.RootElement.GetProperty("seal").GetString()!));
            var docxFiles = new List<string>();
            var htmlFiles = new List<string>();
            for (var i = 1; i <= copies; i++)
            {
                docxFiles.Add(Path.Combine(folder, "docx", $"notice-{i:0000}.docx"));
                htmlFiles.Add(Path.Combine(folder, "html", $"notice-{i:0000}.html"));
            }

            Directory.CreateDirectory(Path.Combine(folder, "docx"));
            Directory.CreateDirectory(Path.Combine(folder, "html"));
            docxFiles.ForEach(f => File.WriteAllBytes(f, docx));
            htmlFiles.ForEach(f => File.WriteAllText(f, html));

            string Row(string peer, int count, TimeSpan elapsed)
            {
                var rate = count / elapsed.TotalSeconds;
                var batch = ourBatch is null ? "–" : ourBatch.Rate.ToString("0.0", CultureInfo.InvariantCulture);
                var batchRatio = ourBatch is null || count == 0 ? "–" : (ourBatch.Rate / rate).ToString("0", CultureInfo.InvariantCulture) + "×";
                var ratio = count == 0 ? "–" : (ourPdf.Rate / rate).ToString("0", CultureInfo.InvariantCulture) + "×";
                return string.Create(CultureInfo.InvariantCulture, $"| {peer} | {count} | {elapsed.TotalSeconds:0.0} | {rate:0.00} | {ourPdf.Rate:0.0} | **{ratio}** | {batch} | {batchRatio} |");
            }

            var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
            if (soffice is null)
            {
                lines.Add("| LibreOffice | not measured: soffice missing (`./tools/ensure-tools.sh bench`) | | | | | | |");
            }
            else
            {
                var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var argument in new[] { $"-env:UserInstallation=file://{folder}/lo-profile", "--headless", "--convert-to", "pdf", "--outdir", Path.Combine(folder, "lo-pdf") }.Concat(docxFiles))
                {
                    start.ArgumentList.Add(argument);
                }

                var watch = Stopwatch.StartNew();
                using (var process = Process.Start(start)!)
                {
                    _ = process.StandardError.ReadToEndAsync(ct);
                    await process.StandardOutput.ReadToEndAsync(ct).ConfigureAwait(false);
                    await process.WaitForExitAsync(ct).ConfigureAwait(false);
                }

                watch.Stop();
                var converted = Directory.Exists(Path.Combine(folder, "lo-pdf")) ? Directory.GetFiles(Path.Combine(folder, "lo-pdf"), "*.pdf").Length : 0;
                lines.Add(Row("LibreOffice `soffice --headless --convert-to pdf`, one process, our DOCX → PDF", converted, watch.Elapsed));
            }

            var chromium = Peers.ChromiumPeer.Executable();
            if (chromium is null)
            {
                lines.Add("| Chromium | not measured: chromium missing (`./tools/ensure-tools.sh bench`) | | | | | | |");
            }
            else
            {
                var naive = htmlFiles.Take(Math.Max(1, copies / 4)).ToList();
                var watch = Stopwatch.StartNew();
                var count = Peers.ChromiumPeer.ProcessPerFile(chromium, naive, Path.Combine(folder, "chromium-each"), Path.Combine(folder, "chromium-profile-each"));
                watch.Stop();
                lines.Add(Row("Chromium `--headless --print-to-pdf`, one process per file, HTML → PDF", count, watch.Elapsed));
                watch.Restart();
                count = await Peers.ChromiumPeer.OneBrowserAsync(chromium, htmlFiles, Path.Combine(folder, "chromium-one"), Path.Combine(folder, "chromium-profile-one"), ct).ConfigureAwait(false);
                watch.Stop();
                lines.Add(Row("Chromium, one headless browser, DevTools `Page.printToPDF` per file, HTML → PDF (the peer)", count, watch.Elapsed));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return lines;
    }

    private static ChildResult Child(IReadOnlyList<string> arguments)
    {
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var last = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
        if (process.ExitCode != 0 || last is null)
        {
            throw new InvalidOperationException($"child {string.Join(' ', arguments)} failed (exit {process.ExitCode}): {text}");
        }

        return JsonSerializer.Deserialize<ChildResult>(last)!;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The garbage collector's work in a child process.</summary>
    public sealed record GcActivity(int Gen0, int Gen1, int Gen2, double PauseSeconds, double AllocatedMegabytes);

    /// <summary>What a child process measured.</summary>
    public sealed record ChildResult(string Mode, int Units, int Threads, int Notices, int Files, double WallSeconds, double CpuSeconds, double PeakMegabytes, Dictionary<string, double> Phases)
    {
        /// <summary>Collections, pause time and allocation over the child's life (start-up included).</summary>
        public GcActivity? Gc { get; init; }

        public double Rate => Notices / WallSeconds;

        public double CpuMsPerNotice => CpuSeconds * 1000 / Math.Max(1, Notices);

        public string Row(string name, string units) => string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {units} | {Threads} | {Rate:0.0} | {WallSeconds:0.0} | {CpuSeconds:0.0} | {CpuMsPerNotice:0.0} | {Files} | {PeakMegabytes:0} |");
    }
}
