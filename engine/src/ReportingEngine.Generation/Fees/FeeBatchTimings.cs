using System.Diagnostics;

namespace ReportingEngine.Generation.Fees;

/// <summary>Elapsed time per <see cref="FeeBatchPhase"/>, summed over the threads that ran it (thread-safe).</summary>
internal sealed class FeeBatchTimings
{
    private readonly long[] ticks = new long[Enum.GetValues<FeeBatchPhase>().Length];

    /// <summary>Starts timing a phase; dispose the result to add the elapsed time.</summary>
    public Measurement Measure(FeeBatchPhase phase) => new(this, phase, Stopwatch.GetTimestamp());

    public void Add(FeeBatchPhase phase, long startTimestamp) =>
        Interlocked.Add(ref ticks[(int)phase], Stopwatch.GetTimestamp() - startTimestamp);

    public IReadOnlyDictionary<FeeBatchPhase, TimeSpan> Snapshot() =>
        Enum.GetValues<FeeBatchPhase>().ToDictionary(p => p, p => Stopwatch.GetElapsedTime(0, Volatile.Read(ref ticks[(int)p])));

    /// <summary>One running measurement.</summary>
    public readonly struct Measurement(FeeBatchTimings owner, FeeBatchPhase phase, long start) : IDisposable
    {
        public void Dispose() => owner.Add(phase, start);
    }
}
