using System.Globalization;
using ReportingEngine.Domain.Archive;

namespace ReportingEngine.Domain.Inspections;

/// <summary>Decides which dossier inspection a community owes (R-QI-1, R-QI-2).</summary>
public static class InspectionSchedule
{
    /// <summary>Occupancy share (percent) that triggers the full inspection (R-QI-1).</summary>
    public const int FullInspectionOccupancyPercent = 80;

    /// <summary>Months between sample inspections (R-QI-2: every half year).</summary>
    public const int SampleIntervalMonths = 6;

    /// <summary>The date the full inspection falls due: one year after move-in began or the day occupancy reached 80 %, whichever is first (R-QI-1).</summary>
    /// <param name="moveInStart">The community's move-in start (入伙开始).</param>
    /// <param name="occupiedOn">Each unit's occupation date, null when not occupied; one entry per unit.</param>
    /// <returns>The trigger date.</returns>
    public static DateOnly FullInspectionDueOn(DateOnly moveInStart, IReadOnlyCollection<DateOnly?> occupiedOn)
    {
        ArgumentNullException.ThrowIfNull(occupiedOn);
        var oneYear = moveInStart.AddYears(1);
        var eighty = OccupancyReachedOn(occupiedOn);
        return eighty is { } reached && reached < oneYear ? reached : oneYear;
    }

    /// <summary>The day on which occupancy first reached 80 % of the units, or null when it has not (R-QI-1).</summary>
    /// <param name="occupiedOn">Each unit's occupation date, null when not occupied.</param>
    /// <returns>The date or null.</returns>
    public static DateOnly? OccupancyReachedOn(IReadOnlyCollection<DateOnly?> occupiedOn)
    {
        ArgumentNullException.ThrowIfNull(occupiedOn);
        var total = occupiedOn.Count;
        if (total == 0)
        {
            return null;
        }

        // ceil(total × 80 / 100) units must be occupied; integer arithmetic, no rounding surprises.
        var needed = ((total * FullInspectionOccupancyPercent) + 99) / 100;
        var dates = occupiedOn.Where(d => d is not null).Select(d => d!.Value).Order().ToList();
        return dates.Count >= needed ? dates[needed - 1] : null;
    }

    /// <summary>Decides the inspection owed on <paramref name="asOf"/>.</summary>
    /// <param name="moveInStart">The community's move-in start.</param>
    /// <param name="occupiedOn">Each unit's occupation date (null: not occupied), one entry per dossier.</param>
    /// <param name="completed">Inspections already recorded for the community.</param>
    /// <param name="asOf">Decision date.</param>
    /// <returns>The decision.</returns>
    public static InspectionDecision Decide(DateOnly moveInStart, IReadOnlyCollection<DateOnly?> occupiedOn, IReadOnlyList<Inspection> completed, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(occupiedOn);
        ArgumentNullException.ThrowIfNull(completed);
        var occupiedNow = occupiedOn.Count(d => d is { } day && day <= asOf);
        var oneYear = moveInStart.AddYears(1);
        var eighty = OccupancyReachedOn(occupiedOn);
        var reachedByAsOf = eighty is { } e && e <= asOf ? eighty : null;
        var trigger = reachedByAsOf is { } r && r < oneYear ? r : oneYear;

        // R-QI-1: whichever of the two triggers comes first.
        if (asOf < trigger)
        {
            return new InspectionDecision(
                InspectionMode.NotYetDue,
                oneYear,
                occupiedNow,
                occupiedOn.Count,
                string.Create(CultureInfo.InvariantCulture, $"入伙未满一年（{Cn(oneYear)}满一年）且入住率未达{FullInspectionOccupancyPercent}%，尚不需全面检查"));
        }

        var done = completed.Where(i => i.InspectedOn <= asOf).OrderBy(i => i.InspectedOn).ToList();
        if (!done.Any(i => i.Kind == InspectionKind.Full))
        {
            var why = reachedByAsOf is { } day && day < oneYear
                ? string.Create(CultureInfo.InvariantCulture, $"入住率于{Cn(day)}达到{FullInspectionOccupancyPercent}%（先于入伙满一年），应进行全面检查")
                : string.Create(CultureInfo.InvariantCulture, $"入伙已满一年（{Cn(oneYear)}），应进行全面检查");
            return new InspectionDecision(InspectionMode.Full, trigger, occupiedNow, occupiedOn.Count, why);
        }

        // R-QI-2: after the full inspection, a sample every half year from the last inspection.
        var last = done[^1].InspectedOn;
        var next = last.AddMonths(SampleIntervalMonths);
        return new InspectionDecision(
            InspectionMode.Sample,
            next,
            occupiedNow,
            occupiedOn.Count,
            next <= asOf
                ? string.Create(CultureInfo.InvariantCulture, $"全面检查已完成；上次检查{Cn(last)}，半年抽查已于{Cn(next)}到期")
                : string.Create(CultureInfo.InvariantCulture, $"全面检查已完成；上次检查{Cn(last)}，下次半年抽查应于{Cn(next)}前进行"));
    }

    private static string Cn(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
