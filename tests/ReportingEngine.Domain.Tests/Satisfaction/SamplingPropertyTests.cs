using FsCheck.Xunit;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Satisfaction.Sampling;
using Xunit;

namespace ReportingEngine.Domain.Tests.Satisfaction;

/// <summary>R-SAT-3 on random estates (FsCheck): every constraint of the sampling rule holds for every generated estate.</summary>
public sealed class SamplingPropertyTests
{
    private static readonly SurveyQuarter Quarter = new(2026, 3);

    [Property(MaxTest = 150, Arbitrary = [typeof(EstateArbitrary)])]
    public void Every_entrance_with_households_has_at_least_one_sampled_household(EstateSpec estate)
    {
        // R-SAT-3: 基本保证每个单元一户
        var (plan, households) = Plan(estate);
        var sampledEntrances = plan.Households.Select(h => (h.Unit.BuildingId, h.Unit.Entrance)).ToHashSet();
        foreach (var entrance in households.Select(u => (u.BuildingId, u.Entrance)).Distinct())
        {
            Assert.Contains(entrance, sampledEntrances);
        }
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(EstateArbitrary)])]
    public void The_sample_is_at_least_ten_percent_and_at_least_one_per_entrance(EstateSpec estate)
    {
        // R-SAT-3: 抽样比例不低于业主总户数的10%
        var (plan, households) = Plan(estate);
        var entrances = households.Select(u => (u.BuildingId, u.Entrance)).Distinct().Count();
        var tenPercent = (households.Count + 9) / 10;
        Assert.Equal(households.Count, plan.HouseholdCount);
        Assert.True(plan.SampleSize >= tenPercent, $"{plan.SampleSize} < 10 % of {households.Count}");
        Assert.True(plan.SampleSize >= entrances, $"{plan.SampleSize} < {entrances} entrances");
        Assert.Equal(Math.Max(tenPercent, entrances), plan.SampleSize);
        Assert.True(plan.SampleSize <= households.Count);
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(EstateArbitrary)])]
    public void Sampled_households_are_distinct_occupied_units_of_the_community(EstateSpec estate)
    {
        var (plan, households) = Plan(estate);
        var ids = households.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(plan.SampleSize, plan.Households.Select(h => h.Unit.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(plan.Households, h => Assert.Contains(h.Unit.Id, ids));
        Assert.All(plan.Households, h => Assert.Equal(h.Building.Id, h.Unit.BuildingId));
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(EstateArbitrary)])]
    public void Buildings_share_the_sample_in_proportion_to_their_household_counts(EstateSpec estate)
    {
        // R-SAT-3: 根据各楼住户数分配样本数量 (largest remainder, bounded by one per entrance and by the households)
        var (plan, households) = Plan(estate);
        Assert.Equal(plan.SampleSize, plan.Buildings.Sum(b => b.Sampled));
        foreach (var building in plan.Buildings)
        {
            Assert.Equal(households.Count(u => u.BuildingId == building.Building.Id), building.Households);
            Assert.Equal(plan.Households.Count(h => h.Building.Id == building.Building.Id), building.Sampled);
            Assert.InRange(building.Sampled, building.Entrances, building.Households);
        }

        // No single household could move from one building to another and make the two sampling rates closer.
        var withHouseholds = plan.Buildings.Where(b => b.Households > 0).ToList();
        foreach (var a in withHouseholds.Where(a => a.Sampled > a.Entrances))
        {
            foreach (var b in withHouseholds.Where(b => b.Sampled < b.Households && !ReferenceEquals(b, a)))
            {
                Assert.True(
                    (long)(a.Sampled - 1) * b.Households <= (long)(b.Sampled + 1) * a.Households,
                    $"{a.Building.Name} {a.Sampled}/{a.Households} vs {b.Building.Name} {b.Sampled}/{b.Households}");
            }
        }
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(EstateArbitrary)])]
    public void Floors_are_spread_evenly_within_each_entrance(EstateSpec estate)
    {
        // R-SAT-3: 楼层高低均匀分布 — k households from f floors: one per band of floors when k ≤ f, every floor when k > f
        var (plan, households) = Plan(estate);
        foreach (var entrance in households.GroupBy(u => (u.BuildingId, u.Entrance)))
        {
            var floors = entrance.Select(u => u.Floor).Distinct().Order().ToList();
            var sampled = plan.Households.Where(h => h.Unit.BuildingId == entrance.Key.BuildingId && h.Unit.Entrance == entrance.Key.Entrance)
                .Select(h => floors.IndexOf(h.Unit.Floor))
                .Order()
                .ToList();
            var k = sampled.Count;
            if (k <= floors.Count)
            {
                for (var band = 0; band < k; band++)
                {
                    Assert.InRange(sampled[band], band * floors.Count / k, ((band + 1) * floors.Count / k) - 1);
                }
            }
            else
            {
                Assert.Equal(floors.Count, sampled.Distinct().Count());
            }
        }
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(EstateArbitrary)])]
    public void The_visit_list_is_in_delivery_order_and_numbered_from_one(EstateSpec estate)
    {
        var (plan, _) = Plan(estate);
        Assert.Equal(Enumerable.Range(1, plan.SampleSize), plan.Households.Select(h => h.Sequence));
        var buildingOrder = plan.Buildings.Select(b => b.Building.Id).ToList();
        var expected = plan.Households
            .OrderBy(h => buildingOrder.IndexOf(h.Building.Id))
            .ThenBy(h => h.Unit.Entrance)
            .ThenBy(h => h.Unit.Floor)
            .ThenBy(h => h.Unit.Room, StringComparer.Ordinal)
            .Select(h => h.Unit.Id);
        Assert.Equal(expected, plan.Households.Select(h => h.Unit.Id));
        Assert.Equal(
            plan.Buildings.Select(b => b.Building),
            plan.Buildings.Select(b => b.Building).OrderBy(b => b.SortOrder).ThenBy(b => b.Name, StringComparer.Ordinal).ThenBy(b => b.Id, StringComparer.Ordinal));
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(EstateArbitrary)])]
    public void The_same_seed_gives_the_same_plan_whatever_order_the_rows_arrive_in(EstateSpec estate)
    {
        // R-SAT-3: reproducible from the recorded seed
        var buildings = estate.ToBuildings();
        var units = estate.ToUnits();
        var first = SurveySampler.Plan(EstateSpec.Community, buildings, units, Quarter, estate.Seed);
        var again = SurveySampler.Plan(EstateSpec.Community, buildings.Reverse(), units.Reverse(), Quarter, estate.Seed);
        Assert.Equal(estate.Seed, first.Seed);
        Assert.Equal(first.Households.Select(h => h.Unit.Id), again.Households.Select(h => h.Unit.Id));
    }

    private static (SamplingPlan Plan, List<Unit> Households) Plan(EstateSpec estate)
    {
        var units = estate.ToUnits();
        var plan = SurveySampler.Plan(EstateSpec.Community, estate.ToBuildings(), units, Quarter, estate.Seed);
        Assert.Empty(plan.Diagnostics);
        return (plan, units.Where(u => u.OccupiedOn is not null).ToList());
    }
}
