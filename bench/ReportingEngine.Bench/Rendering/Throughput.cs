using System.Diagnostics;
using System.Globalization;

namespace ReportingEngine.Bench.Rendering;

/// <summary>A measured rate: how many documents (and pages) per second, on how many threads.</summary>
public sealed record Throughput(string Case, int Threads, int Documents, int Pages, TimeSpan Elapsed, long PeakWorkingSetBytes)
{
    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;

    public double PagesPerSecond => Pages / Elapsed.TotalSeconds;

    public string ToRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Case} | {Threads} | {Documents:N0} | {Pages:N0} | {Elapsed.TotalSeconds:0.00} | {DocumentsPerSecond:N1} | {PagesPerSecond:N1} | {PeakWorkingSetBytes / 1048576.0:N0} |");

    /// <summary>
    /// Runs <paramref name="work"/> (returning the pages it produced) repeatedly on <paramref name="threads"/>
    /// threads until <paramref name="minimum"/> has passed, after one warm-up call per thread.
    /// </summary>
    public static Throughput Measure(string name, int threads, TimeSpan minimum, Func<int> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => work());
        var documents = 0;
        var pages = 0;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
        {
            while (watch.Elapsed < minimum)
            {
                var produced = work();
                Interlocked.Increment(ref documents);
                Interlocked.Add(ref pages, produced);
            }
        });
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        return new Throughput(name, threads, documents, pages, watch.Elapsed, process.PeakWorkingSet64);
    }
}
