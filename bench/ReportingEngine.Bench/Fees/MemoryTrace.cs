using System.Diagnostics;
using System.Globalization;

namespace ReportingEngine.Bench.Fees;

/// <summary>
/// With RE_BENCH_MEMORY_TRACE=1 a child prints, once a second to stderr, its resident set and the GC heap
/// (size, fragmentation, committed, gen2 after the last collection): how memory grows over a long batch.
/// </summary>
internal sealed class MemoryTrace : IDisposable
{
    private readonly Timer timer;
    private readonly Stopwatch watch = Stopwatch.StartNew();

    private static readonly int Interval = int.TryParse(Environment.GetEnvironmentVariable("RE_BENCH_MEMORY_TRACE_MS"), out var ms) ? ms : 1000;

    private MemoryTrace()
    {
        Console.Error.WriteLine("trace: s rss_mb anon_mb file_mb sqlite_mb heap_mb frag_mb committed_mb gen2_after_mb loh_after_mb gen0 gen1 gen2");
        timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(Interval));
    }

    public static MemoryTrace? FromEnvironment() =>
        Environment.GetEnvironmentVariable("RE_BENCH_MEMORY_TRACE") == "1" ? new MemoryTrace() : null;

    public void Dispose()
    {
        timer.Dispose();
        Sample();
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    private static readonly bool Trim = Environment.GetEnvironmentVariable("RE_BENCH_TRIM") == "1";

    private void Sample()
    {
        if (Trim)
        {
            _ = MallocTrim(0);
        }

        using var self = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        const double Mb = 1048576.0;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trace: {watch.Elapsed.TotalSeconds:0.0} {self.WorkingSet64 / Mb:0} {Status("RssAnon:")} {Status("RssFile:")} {SqliteMemory() / Mb:0.0} {info.HeapSizeBytes / Mb:0} {info.FragmentedBytes / Mb:0} {info.TotalCommittedBytes / Mb:0} {info.GenerationInfo[2].SizeAfterBytes / Mb:0} {info.GenerationInfo[3].SizeAfterBytes / Mb:0} {GC.CollectionCount(0)} {GC.CollectionCount(1)} {GC.CollectionCount(2)}"));
    }

    private static string Status(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return (long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024).ToString(CultureInfo.InvariantCulture);
            }
        }

        return "n/a";
    }

    /// <summary>SQLite's own allocations, once a connection has initialised the provider.</summary>
    private static long SqliteMemory()
    {
        try
        {
            return SQLitePCL.raw.sqlite3_memory_used();
        }
        catch (Exception)
        {
            return 0;
        }
    }
}
