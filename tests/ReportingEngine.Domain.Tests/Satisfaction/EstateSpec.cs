using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Domain.Tests.Satisfaction;

/// <summary>A generated estate: per building its entrances, floors and rooms per floor, plus a vacancy pattern and a seed.</summary>
public sealed record EstateSpec(IReadOnlyList<BuildingSpec> Buildings, int VacancyPercent, int VacancySalt, ulong Seed)
{
    public static readonly Community Community = new("C1", "CO1", "翠湖花园", CommunityKind.Residential, "测试路1号", new DateOnly(2020, 1, 1), 0, "0000");

    public IReadOnlyList<Building> ToBuildings() =>
        Buildings.Select((b, i) => new Building($"B{i + 1:00}", Community.Id, $"{i + 1}栋", BuildingKind.Residential, b.Entrances, b.Floors, b.SortOrder)).ToList();

    public IReadOnlyList<Unit> ToUnits()
    {
        var units = new List<Unit>();
        for (var b = 0; b < Buildings.Count; b++)
        {
            var spec = Buildings[b];
            for (var e = 1; e <= spec.Entrances; e++)
            {
                for (var f = 1; f <= spec.Floors; f++)
                {
                    for (var r = 1; r <= spec.RoomsPerFloor; r++)
                    {
                        var id = $"B{b + 1:00}-{e}-{f:00}-{r:00}";
                        var vacant = (int)(Mix(((ulong)b << 40) ^ ((ulong)e << 32) ^ ((ulong)f << 8) ^ (ulong)r ^ ((ulong)VacancySalt << 16)) % 100) < VacancyPercent;
                        units.Add(new Unit(id, $"B{b + 1:00}", e, f, $"{r:00}", 90m, UnitUse.Residence, vacant ? null : new DateOnly(2021, 5, 1)));
                    }
                }
            }
        }

        return units;
    }

    public override string ToString() =>
        $"{Buildings.Count} buildings [{string.Join("; ", Buildings.Select(b => $"{b.Entrances}e×{b.Floors}f×{b.RoomsPerFloor}r"))}], vacancy {VacancyPercent}% salt {VacancySalt}, seed {Seed}";

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
