using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;

namespace ReportingEngine.Domain.Satisfaction.Sampling;

/// <summary>The community's households grouped by building and entrance, sorted into delivery order, with input problems reported.</summary>
internal static class EstateIndex
{
    public static List<BuildingHouseholds> Build(
        Community community,
        IEnumerable<Building> buildings,
        IEnumerable<Unit> units,
        SurveyQuarter quarter,
        SamplingOptions options,
        List<SurveyDiagnostic> diagnostics)
    {
        var byId = new Dictionary<string, Building>(StringComparer.Ordinal);
        foreach (var building in buildings)
        {
            var key = $"buildings({building.Id})";
            if (!string.Equals(building.CommunityId, community.Id, StringComparison.Ordinal))
            {
                diagnostics.Add(new SurveyDiagnostic(key, SatisfactionMessages.BuildingOfOtherCommunity(building.CommunityId, community.Id)));
            }
            else if (!byId.TryAdd(building.Id, building))
            {
                diagnostics.Add(new SurveyDiagnostic(key, SatisfactionMessages.DuplicateBuilding));
            }
        }

        var lastDay = quarter.FirstDay.AddMonths(3).AddDays(-1);
        var seenUnits = new HashSet<string>(StringComparer.Ordinal);
        var households = new Dictionary<string, List<Unit>>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!seenUnits.Add(unit.Id))
            {
                diagnostics.Add(new SurveyDiagnostic(Key(unit), SatisfactionMessages.DuplicateUnit));
                continue;
            }

            if (!byId.TryGetValue(unit.BuildingId, out var building))
            {
                diagnostics.Add(new SurveyDiagnostic(Key(unit), SatisfactionMessages.UnitOfUnknownBuilding(unit.BuildingId, community.Id)));
                continue;
            }

            if (unit.Entrance < 1 || unit.Entrance > building.Entrances)
            {
                diagnostics.Add(new SurveyDiagnostic(Key(unit), SatisfactionMessages.EntranceOutOfRange(unit.Entrance, building.Name, building.Entrances)));
            }

            if (options.IncludeVacantUnits || (unit.OccupiedOn is { } occupied && occupied <= lastDay))
            {
                if (!households.TryGetValue(building.Id, out var list))
                {
                    households[building.Id] = list = [];
                }

                list.Add(unit);
            }
        }

        return byId.Values
            .OrderBy(b => b.SortOrder)
            .ThenBy(b => b.Name, StringComparer.Ordinal)
            .ThenBy(b => b.Id, StringComparer.Ordinal)
            .Select(b => new BuildingHouseholds(b, households.TryGetValue(b.Id, out var list) ? Group(list) : []))
            .ToList();
    }

    private static string Key(Unit unit) => $"units({unit.Id})";

    private static List<EntranceHouseholds> Group(List<Unit> units) =>
        units
            .GroupBy(u => u.Entrance)
            .OrderBy(g => g.Key)
            .Select(g => new EntranceHouseholds(
                g.Key,
                g.OrderBy(u => u.Floor).ThenBy(u => u.Room, RoomOrder.Instance).ThenBy(u => u.Id, StringComparer.Ordinal).ToList()))
            .ToList();

    internal sealed record BuildingHouseholds(Building Building, List<EntranceHouseholds> Entrances)
    {
        public int Households { get; } = Entrances.Sum(e => e.Households.Count);
    }

    internal sealed record EntranceHouseholds(int Number, List<Unit> Households);
}
