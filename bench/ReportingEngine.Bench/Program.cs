using System.Globalization;
using System.Runtime.InteropServices;
using ReportingEngine.Bench.Generator;
using ReportingEngine.Bench.Rendering;
using ReportingEngine.Generation.Templates;

// Benchmark harness: `dotnet run -c Release --project bench/ReportingEngine.Bench -- [render|generator|fees] [--seconds N] [--units N]`.
// Results are printed as Markdown for docs/benchmarks.md, with the machine they ran on.
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
var seconds = Option("--seconds", 5);
var units = Option("--units", 100_000);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:0} GB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}"));
Console.WriteLine();
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
    var folder = Directory.CreateTempSubdirectory("re-bench-fees-").FullName;
    foreach (var line in await ReportingEngine.Bench.Fees.FeeBatchBenchmark.RunAsync(RepositoryLayout.DiscoverDefault(), Option("--units", 1_000), folder, cancel.Token).ConfigureAwait(false))
    {
        Console.WriteLine(line);
    }

    Directory.Delete(folder, recursive: true);
}

if (what is "all" or "generator")
{
    var folder = Directory.CreateTempSubdirectory("re-bench-estate-").FullName;
    Console.WriteLine(await GeneratorBenchmark.RunAsync(units, folder, cancel.Token).ConfigureAwait(false));
    Directory.Delete(folder, recursive: true);
}

return 0;

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
