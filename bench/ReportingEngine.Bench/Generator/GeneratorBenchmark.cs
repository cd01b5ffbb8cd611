using System.Diagnostics;
using System.Globalization;
using ReportingEngine.Data.Synthetic;

namespace ReportingEngine.Bench.Generator;

/// <summary>Times the synthetic estate generator (issue 2: 100,000 units with bills well under 60 s).</summary>
public static class GeneratorBenchmark
{
    /// <summary>Generates an estate and reports its size and the time taken.</summary>
    /// <param name="units">Units to generate.</param>
    /// <param name="outDir">Folder for the CSV files.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>One line, e.g. <c>generator: 100000 units, 2,400,000 bills in 12.3 s</c>.</returns>
    public static Task<string> RunAsync(int units, string outDir, CancellationToken ct) => Task.Run(
        () =>
        {
            var watch = Stopwatch.StartNew();
            var counts = EstateGenerator.Generate(GeneratorOptions.Sample with { Units = units }, outDir, ct);
            watch.Stop();
            var bills = counts.Single(c => c.Key == "bills").Value;
            var rows = counts.Sum(c => c.Value);
            return string.Create(CultureInfo.InvariantCulture, $"generator: {units} units, {bills:N0} bills, {rows:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s");
        },
        ct);
}
