namespace ReportingEngine.Domain.Inspections;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny generator whose sequence is fixed by its seed on every
/// platform and .NET version, unlike <see cref="Random"/>, so a recorded seed redraws the same sample (R-QI-2).
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, bound) without modulo bias (rejection of the short last range).</summary>
    public int NextBelow(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var b = (ulong)bound;
        var limit = ulong.MaxValue - (ulong.MaxValue % b);
        ulong value;
        do
        {
            value = Next();
        }
        while (value >= limit);

        return (int)(value % b);
    }
}
