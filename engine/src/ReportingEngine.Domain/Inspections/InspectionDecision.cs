namespace ReportingEngine.Domain.Inspections;

/// <summary>The inspection a community owes on a date, and why (R-QI-1, R-QI-2).</summary>
/// <param name="Mode">Full, sample, or none yet.</param>
/// <param name="DueOn">When the owed inspection fell (or falls) due; for <see cref="InspectionMode.NotYetDue"/> the earliest known trigger date, if any.</param>
/// <param name="OccupiedUnits">Units occupied on the decision date.</param>
/// <param name="TotalUnits">Units of the community (the dossier population).</param>
/// <param name="Reason">The reason in the regulation's words, printed on the record.</param>
public sealed record InspectionDecision(InspectionMode Mode, DateOnly? DueOn, int OccupiedUnits, int TotalUnits, string Reason)
{
    /// <summary>Occupancy in percent, one decimal, half-up.</summary>
    public decimal OccupancyPercent =>
        TotalUnits == 0 ? 0m : Math.Round(OccupiedUnits * 100m / TotalUnits, 1, MidpointRounding.AwayFromZero);
}
