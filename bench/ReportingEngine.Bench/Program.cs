using System.Globalization;
using System.Runtime.InteropServices;
using ReportingEngine.Bench.Generator;
using ReportingEngine.Bench.Rendering;
using ReportingEngine.Generation.Templates;

// Benchmark harness: `dotnet run -c Release --project bench/ReportingEngine.Bench -- [render|generator|fees|fees-child|fees-estate] [--seconds N] [--units N[,N…]] [--threads N[,N…]] [--copies N] [--no-peers]`.
// Results are printed as Markdown for docs/benchmarks.md, with the machine they ran on.
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var seconds = Option("--seconds", 5);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

if (what != "fees-child")
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:0} GB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}"));
    Console.WriteLine();
}

if (what is "all" or "render")
{
    foreach (var line in RenderBenchmark.Run(RepositoryLayout.DiscoverDefault(), TimeSpan.FromSeconds(seconds), cancel.Token))
    {
        Console.WriteLine(line);
    }

    Console.WriteLine();
}

if (what is "fees")
{
    var lines = await ReportingEngine.Bench.Fees.FeeBatchBenchmark.RunAsync(
        RepositoryLayout.DiscoverDefault(),
        List("--units", [1_000]),
        List("--threads", [1, Environment.ProcessorCount]),
        Option("--copies", 40),
        !args.Contains("--no-peers"),
        cancel.Token).ConfigureAwait(false);
    foreach (var line in lines)
    {
        Console.WriteLine(line);
    }

    return 0;
}

if (what is "fees-child")
{
    return await ReportingEngine.Bench.Fees.FeeBatchBenchmark.ChildAsync(
        RepositoryLayout.DiscoverDefault(), Text("--mode") ?? "batch", Option("--threads", 1), Text("--db"), Text("--out"), Option("--copies", 200), cancel.Token).ConfigureAwait(false);
}

if (what is "docx-writer") { Console.WriteLine(await DocxWriterBench.RunAsync(RepositoryLayout.DiscoverDefault(), Option("--copies", 5000), Text("--out"), cancel.Token).ConfigureAwait(false)); return 0; }

if (what is "fees-estate")
{
    // A synthetic estate database kept for profiling runs of `fees-child --mode batch --db …` (prints its path).
    var folder = Text("--folder") ?? Directory.CreateTempSubdirectory("re-bench-estate-").FullName;
    Directory.CreateDirectory(folder);
    Console.WriteLine(await ReportingEngine.Bench.Fees.FeeBatchBenchmark.PrepareEstateAsync(Option("--units", 1_000), folder, cancel.Token).ConfigureAwait(false));
    return 0;
}

if (what is "all" or "generator")
{
    var folder = Directory.CreateTempSubdirectory("re-bench-estate-").FullName;
    Console.WriteLine(await GeneratorBenchmark.RunAsync(Option("--units", 100_000), folder, cancel.Token).ConfigureAwait(false));
    Directory.Delete(folder, recursive: true);
}

return 0;

string? Text(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

IReadOnlyList<int> List(string name, IReadOnlyList<int> fallback) =>
    Text(name) is { } text ? [.. text.Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture))] : fallback;

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
