using FsCheck.Xunit;
using ReportingEngine.Domain.Inspections;

namespace ReportingEngine.Domain.Tests.Inspections;

public sealed class DossierSamplerPropertyTests
{
    private static List<SampleCandidate> Estate(byte[] sizes) =>
        [.. sizes.Take(12).Where(s => s > 0).SelectMany((count, b) => Enumerable.Range(1, count).Select(u => new SampleCandidate($"B{b}-{u}", $"B{b}")))];

    [Property(MaxTest = 200)]
    public bool The_sample_is_5_percent_rounded_up_without_duplicates(byte[] sizes, ulong seed)
    {
        // R-QI-2
        var estate = Estate(sizes ?? []);
        var draw = DossierSampler.Draw(estate, seed);
        return draw.Selected.Count == SampleSize.For(estate.Count)
            && draw.Selected.Distinct().Count() == draw.Selected.Count
            && draw.Selected.All(estate.Contains);
    }

    [Property(MaxTest = 200)]
    public bool Every_building_is_sampled_when_the_sample_has_room_for_all(byte[] sizes, ulong seed)
    {
        // R-QI-2: spread across buildings.
        var estate = Estate(sizes ?? []);
        var buildings = estate.Select(c => c.BuildingId).Distinct().Count();
        var draw = DossierSampler.Draw(estate, seed);
        return draw.Selected.Count < buildings || draw.Selected.Select(c => c.BuildingId).Distinct().Count() == buildings;
    }

    [Property(MaxTest = 100)]
    public bool The_same_seed_redraws_the_same_sample(byte[] sizes, ulong seed)
    {
        var estate = Estate(sizes ?? []);
        return DossierSampler.Draw(estate, seed).Selected.SequenceEqual(DossierSampler.Draw(estate, seed).Selected);
    }
}
