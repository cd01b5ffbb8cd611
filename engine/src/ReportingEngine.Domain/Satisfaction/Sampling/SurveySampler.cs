using System.Text;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Domain.Satisfaction.Sampling;

/// <summary>
/// Draws the quarterly survey sample of a community (R-SAT-3): at least one household per entrance (单元), the rest
/// allocated to buildings in proportion to their household counts, floors spread evenly within each entrance, at
/// least 10 % of households in total — reproducible from a recorded seed.
/// </summary>
/// <remarks>
/// <para>Size: n = max(⌈rate × H⌉, E) where H is the number of households and E the entrances that have one.</para>
/// <para>Buildings: n is apportioned by household count with the largest-remainder method, each building getting at
/// least its number of entrances and at most its households. Entrances: a building's share is apportioned the same way
/// over its entrances (at least one each).</para>
/// <para>Floors: an entrance drawing k households from f floors splits its floors, low to high, into k contiguous bands
/// of ⌊f/k⌋ or ⌈f/k⌉ floors and draws one household from each band (so all k are on different floors); when k &gt; f
/// every floor gets at least one and the rest follow each floor's household count.</para>
/// <para>Randomness: SplitMix64 seeded with the plan's seed; inputs are sorted first, so the plan depends on the data
/// and the seed only, never on the order rows arrived in.</para>
/// </remarks>
public static class SurveySampler
{
    /// <summary>A stable default seed for a community and quarter (FNV-1a of <c>communityId|YYYYQn</c>), used when none is given.</summary>
    /// <param name="communityId">Community.</param>
    /// <param name="quarter">Quarter.</param>
    /// <returns>The seed.</returns>
    public static ulong DefaultSeed(string communityId, SurveyQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(communityId);
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes($"{communityId}|{quarter}"))
        {
            hash = unchecked((hash ^ b) * 0x100000001B3UL);
        }

        return hash;
    }

    /// <summary>Plans the survey sample of one community for a quarter (R-SAT-3).</summary>
    /// <param name="community">The community.</param>
    /// <param name="buildings">Its buildings (others are reported and skipped).</param>
    /// <param name="units">Its units (units of unknown buildings are reported and skipped).</param>
    /// <param name="quarter">Survey quarter.</param>
    /// <param name="seed">Seed to record with the plan; the same seed and data give the same plan.</param>
    /// <param name="options">Options, <see cref="SamplingOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels a long plan.</param>
    /// <returns>The plan with the visit list in delivery order.</returns>
    public static SamplingPlan Plan(
        Community community,
        IEnumerable<Building> buildings,
        IEnumerable<Unit> units,
        SurveyQuarter quarter,
        ulong seed,
        SamplingOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(buildings);
        ArgumentNullException.ThrowIfNull(units);
        options ??= SamplingOptions.Default;
        options.Validate();

        var diagnostics = new List<SurveyDiagnostic>();
        var estate = EstateIndex.Build(community, buildings, units, quarter, options, diagnostics);
        var householdCount = estate.Sum(b => b.Households);
        var entranceCount = estate.Sum(b => b.Entrances.Count);
        var minimum = Math.Max((int)Math.Ceiling(householdCount * options.MinimumRate), entranceCount);

        var random = new SplitMix64(seed);
        var buildingShares = Apportionment.Apportion(
            minimum,
            estate.Select(b => b.Households).ToList(),
            estate.Select(b => b.Entrances.Count).ToList(),
            estate.Select(b => b.Households).ToList(),
            estate.Select(_ => random.NextUInt64()).ToList());

        var chosen = new List<SampledHousehold>(minimum);
        var perBuilding = new List<BuildingSample>(estate.Count);
        for (var b = 0; b < estate.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var building = estate[b];
            perBuilding.Add(new BuildingSample(building.Building, building.Households, building.Entrances.Count, buildingShares[b]));
            if (buildingShares[b] == 0)
            {
                continue;
            }

            var entranceShares = Apportionment.Apportion(
                buildingShares[b],
                building.Entrances.Select(e => e.Households.Count).ToList(),
                building.Entrances.Select(_ => 1).ToList(),
                building.Entrances.Select(e => e.Households.Count).ToList(),
                building.Entrances.Select(_ => random.NextUInt64()).ToList());
            for (var e = 0; e < building.Entrances.Count; e++)
            {
                foreach (var unit in DrawFromEntrance(building.Entrances[e], entranceShares[e], random))
                {
                    chosen.Add(new SampledHousehold(0, building.Building, unit));
                }
            }
        }

        var buildingOrder = new Dictionary<Building, int>(ReferenceEqualityComparer.Instance);
        for (var b = 0; b < estate.Count; b++)
        {
            buildingOrder[estate[b].Building] = b;
        }

        var ordered = chosen
            .OrderBy(h => buildingOrder[h.Building])
            .ThenBy(h => h.Unit.Entrance)
            .ThenBy(h => h.Unit.Floor)
            .ThenBy(h => h.Unit.Room, RoomOrder.Instance)
            .ThenBy(h => h.Unit.Id, StringComparer.Ordinal)
            .Select((h, i) => h with { Sequence = i + 1 })
            .ToList();

        var emptyEntrances = estate
            .SelectMany(b => Enumerable.Range(1, Math.Max(0, b.Building.Entrances))
                .Where(e => !b.Entrances.Exists(x => x.Number == e))
                .Select(e => new EmptyEntrance(b.Building, e)))
            .ToList();

        return new SamplingPlan(community.Id, quarter, seed, householdCount, minimum, perBuilding, ordered, emptyEntrances, diagnostics);
    }

    private static List<Unit> DrawFromEntrance(EstateIndex.EntranceHouseholds entrance, int count, SplitMix64 random)
    {
        var floors = entrance.Households.GroupBy(u => u.Floor).Select(g => g.ToList()).ToList();
        var drawn = new List<Unit>(count);
        if (count <= floors.Count)
        {
            // One household from each of `count` contiguous floor bands: floors spread from bottom to top.
            for (var band = 0; band < count; band++)
            {
                var first = band * floors.Count / count;
                var last = (band + 1) * floors.Count / count;
                var pool = floors.Skip(first).Take(last - first).SelectMany(f => f).ToList();
                drawn.Add(pool[random.NextInt(pool.Count)]);
            }

            return drawn;
        }

        // More households than floors: every floor at least one, the rest by each floor's household count.
        var perFloor = Apportionment.Apportion(
            count,
            floors.Select(f => f.Count).ToList(),
            floors.Select(_ => 1).ToList(),
            floors.Select(f => f.Count).ToList(),
            floors.Select(_ => random.NextUInt64()).ToList());
        for (var f = 0; f < floors.Count; f++)
        {
            drawn.AddRange(DrawWithoutReplacement(floors[f], perFloor[f], random));
        }

        return drawn;
    }

    private static IEnumerable<Unit> DrawWithoutReplacement(List<Unit> pool, int count, SplitMix64 random)
    {
        var copy = pool.ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = i + random.NextInt(copy.Length - i);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy.Take(count);
    }
}
