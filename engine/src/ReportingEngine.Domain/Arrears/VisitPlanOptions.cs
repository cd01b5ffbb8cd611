namespace ReportingEngine.Domain.Arrears;

/// <summary>How door visits are planned (R-COL-1 step 3).</summary>
/// <remarks>
/// Slots keep clear of the noon rest and end by 21:00, as 004's visiting rules ask of calls and visits
/// (「不要在午休和晚上9:00以后进行」).
/// </remarks>
public sealed record VisitPlanOptions
{
    /// <summary>Teams of two, six visits per slot, weekday evenings 18:30–21:00, weekends 09:30–11:30 and 14:30–17:30.</summary>
    public static VisitPlanOptions Default { get; } = new();

    /// <summary>Minimum team size (004 C: 不得少于2人); never below 2.</summary>
    public int TeamSize { get; init; } = 2;

    /// <summary>Visits one team makes in one slot.</summary>
    public int VisitsPerSlot { get; init; } = 6;

    /// <summary>Weekday evening window.</summary>
    public (TimeOnly Start, TimeOnly End) Evening { get; init; } = (new TimeOnly(18, 30), new TimeOnly(21, 0));

    /// <summary>Weekend windows, in order.</summary>
    public IReadOnlyList<(TimeOnly Start, TimeOnly End)> Weekend { get; init; } =
        [(new TimeOnly(9, 30), new TimeOnly(11, 30)), (new TimeOnly(14, 30), new TimeOnly(17, 30))];

    /// <summary>Checks the options once, when they are built from configuration.</summary>
    /// <returns>The problems found, empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (TeamSize < 2)
        {
            problems.Add("TeamSize must be at least 2 (R-COL-1: 每小组不得少于2人)");
        }

        if (VisitsPerSlot < 1)
        {
            problems.Add("VisitsPerSlot must be at least 1");
        }

        if (Evening.End <= Evening.Start || Weekend.Any(w => w.End <= w.Start))
        {
            problems.Add("every window must end after it starts");
        }

        return problems;
    }

    internal static VisitPlanOptions Checked(VisitPlanOptions? options)
    {
        options ??= Default;
        var problems = options.Validate();
        return problems.Count == 0 ? options : throw new ArgumentException(string.Join("; ", problems), nameof(options));
    }
}
