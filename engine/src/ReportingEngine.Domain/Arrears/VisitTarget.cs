namespace ReportingEngine.Domain.Arrears;

/// <summary>A unit to visit, in delivery order.</summary>
/// <param name="UnitId">The unit.</param>
/// <param name="BuildingId">Its building: one team takes a whole building.</param>
/// <param name="UnitLabel">Label shown on the visit list.</param>
/// <param name="Amount">Arrears to collect, in yuan.</param>
public sealed record VisitTarget(string UnitId, string BuildingId, string UnitLabel, decimal Amount)
{
    /// <summary>The visit targets of the units at the door-visit stage, in the given order.</summary>
    /// <param name="assessments">Ladder assessments in delivery order.</param>
    /// <param name="buildingOf">The building of a unit.</param>
    /// <returns>Targets for the units whose stage is <see cref="CollectionStage.DoorVisit"/>.</returns>
    public static IReadOnlyList<VisitTarget> FromAssessments(IEnumerable<StageAssessment> assessments, Func<string, string> buildingOf)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(buildingOf);
        return assessments
            .Where(a => a.Stage == CollectionStage.DoorVisit)
            .Select(a => new VisitTarget(a.UnitId, buildingOf(a.UnitId), a.UnitLabel, a.Reason.OutstandingAmount))
            .ToList();
    }
}
