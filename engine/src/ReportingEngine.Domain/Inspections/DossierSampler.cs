using System.Globalization;
using System.Text;

namespace ReportingEngine.Domain.Inspections;

/// <summary>Draws the half-yearly sample of dossiers (R-QI-2): at least 5 % rounded up, spread across buildings, reproducible from a seed.</summary>
public static class DossierSampler
{
    /// <summary>A seed derived from the community and date, used when none is given: same inputs, same sample.</summary>
    /// <param name="communityId">Community.</param>
    /// <param name="asOf">Inspection date.</param>
    /// <returns>The seed (FNV-1a 64 of the text).</returns>
    public static ulong DefaultSeed(string communityId, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(communityId);
        var text = communityId + "|" + asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    /// <summary>Draws <see cref="SampleSize.For"/> dossiers.</summary>
    /// <param name="candidates">All dossiers in delivery order.</param>
    /// <param name="seed">The recorded seed.</param>
    /// <returns>The draw.</returns>
    public static SampleDraw Draw(IReadOnlyList<SampleCandidate> candidates, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return Draw(candidates, seed, SampleSize.For(candidates.Count));
    }

    /// <summary>Draws <paramref name="size"/> dossiers, allocated to buildings in proportion to their dossiers (largest remainder, every building at least one when the sample allows), chosen within each building by a seeded shuffle.</summary>
    /// <param name="candidates">All dossiers in delivery order.</param>
    /// <param name="seed">The recorded seed.</param>
    /// <param name="size">Sample size (clamped to the population).</param>
    /// <returns>The draw.</returns>
    public static SampleDraw Draw(IReadOnlyList<SampleCandidate> candidates, ulong seed, int size)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        size = Math.Min(size, candidates.Count);
        var buildings = candidates
            .Select((c, index) => (c, index))
            .GroupBy(x => x.c.BuildingId, StringComparer.Ordinal)
            .Select(g => g.Select(x => x.index).ToList())
            .ToList();
        var quotas = Allocate(buildings.Select(b => b.Count).ToList(), size);

        var random = new SplitMix64(seed);
        var chosen = new List<int>(size);
        for (var b = 0; b < buildings.Count; b++)
        {
            // Partial Fisher–Yates: the first quota positions are a uniform draw without replacement.
            var pool = buildings[b].ToArray();
            for (var i = 0; i < quotas[b]; i++)
            {
                var j = i + random.NextBelow(pool.Length - i);
                (pool[i], pool[j]) = (pool[j], pool[i]);
                chosen.Add(pool[i]);
            }
        }

        chosen.Sort();
        return new SampleDraw(seed, candidates.Count, [.. chosen.Select(i => candidates[i])]);
    }

    private static int[] Allocate(List<int> sizes, int sample)
    {
        var total = sizes.Sum();
        var quotas = new int[sizes.Count];
        if (sample == 0 || total == 0)
        {
            return quotas;
        }

        var remainders = new long[sizes.Count];
        for (var i = 0; i < sizes.Count; i++)
        {
            var exact = (long)sample * sizes[i];
            quotas[i] = (int)(exact / total);
            remainders[i] = exact % total;
        }

        var left = sample - quotas.Sum();
        foreach (var i in Enumerable.Range(0, sizes.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take(left))
        {
            quotas[i]++;
        }

        // Spread: when the sample has room for every building, none is left out; the extra comes from the largest quota.
        if (sample >= sizes.Count)
        {
            for (var i = 0; i < sizes.Count; i++)
            {
                if (quotas[i] == 0 && sizes[i] > 0)
                {
                    var donor = Enumerable.Range(0, sizes.Count).OrderByDescending(k => quotas[k]).ThenBy(k => k).First();
                    quotas[donor]--;
                    quotas[i]++;
                }
            }
        }

        return quotas;
    }
}
