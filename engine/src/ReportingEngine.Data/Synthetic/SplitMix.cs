namespace ReportingEngine.Data.Synthetic;

/// <summary>SplitMix64: a tiny deterministic random source, stable across runtimes (unlike <see cref="Random"/> guarantees).</summary>
internal sealed class SplitMix(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; max.</summary>
    public int Below(int max) => (int)(Next() % (ulong)max);

    public int Between(int min, int maxInclusive) => min + Below(maxInclusive - min + 1);

    public bool Chance(double probability) => (Next() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    public T PickOf<T>(params T[] items) => items[Below(items.Length)];
}
