using ReportingEngine.Domain.Inspections;
using Xunit;

namespace ReportingEngine.Domain.Tests.Inspections;

public class DossierSamplerTests
{
    private static List<SampleCandidate> Estate(params int[] unitsPerBuilding) =>
        [.. unitsPerBuilding.SelectMany((count, b) => Enumerable.Range(1, count).Select(u => new SampleCandidate($"B{b + 1}-{u:000}", $"B{b + 1}")))];

    [Theory]
    [InlineData(41, 3)]
    [InlineData(40, 2)]
    [InlineData(20, 1)]
    [InlineData(1, 1)]
    [InlineData(19, 1)]
    [InlineData(600, 30)]
    [InlineData(601, 31)]
    [InlineData(0, 0)]
    public void The_sample_is_at_least_5_percent_rounded_up_and_at_least_one(int population, int expected)
    {
        // R-QI-2
        Assert.Equal(expected, SampleSize.For(population));
    }

    [Fact]
    public void The_same_seed_draws_the_same_sample()
    {
        // R-QI-2: reproducible from the recorded seed.
        var estate = Estate(30, 41, 25);
        var first = DossierSampler.Draw(estate, 12345UL);
        var second = DossierSampler.Draw(estate, 12345UL);
        Assert.Equal(first.Selected, second.Selected);
        Assert.Equal(12345UL, first.Seed);
    }

    [Fact]
    public void Another_seed_draws_another_sample()
    {
        var estate = Estate(200, 200, 200);
        var a = DossierSampler.Draw(estate, 1UL).Selected.Select(s => s.UnitId);
        var b = DossierSampler.Draw(estate, 2UL).Selected.Select(s => s.UnitId);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void The_sample_is_spread_across_buildings_in_proportion()
    {
        // R-QI-2: 600 dossiers in 3 buildings of 300/200/100 → 30 drawn as 15/10/5.
        var draw = DossierSampler.Draw(Estate(300, 200, 100), 99UL);
        Assert.Equal(30, draw.Selected.Count);
        var byBuilding = draw.Selected.GroupBy(s => s.BuildingId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(15, byBuilding["B1"]);
        Assert.Equal(10, byBuilding["B2"]);
        Assert.Equal(5, byBuilding["B3"]);
    }

    [Fact]
    public void A_small_building_is_not_left_out_when_the_sample_has_room_for_it()
    {
        // 41 dossiers → 3; the 1-unit building's proportional share rounds to 0 but it still gets one.
        var draw = DossierSampler.Draw(Estate(20, 20, 1), 7UL);
        Assert.Equal(3, draw.Selected.Count);
        Assert.Equal(3, draw.Selected.Select(s => s.BuildingId).Distinct().Count());
    }

    [Fact]
    public void The_sample_has_no_duplicates_and_keeps_delivery_order()
    {
        var estate = Estate(50, 50);
        var draw = DossierSampler.Draw(estate, 42UL, 40);
        Assert.Equal(40, draw.Selected.Distinct().Count());
        var positions = draw.Selected.Select(s => estate.IndexOf(s)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void The_default_seed_depends_on_community_and_date_only()
    {
        Assert.Equal(DossierSampler.DefaultSeed("C01", new DateOnly(2026, 12, 1)), DossierSampler.DefaultSeed("C01", new DateOnly(2026, 12, 1)));
        Assert.NotEqual(DossierSampler.DefaultSeed("C01", new DateOnly(2026, 12, 1)), DossierSampler.DefaultSeed("C02", new DateOnly(2026, 12, 1)));
    }
}
