namespace ReportingEngine.Domain.Arrears;

/// <summary>Settings of the collection ladder (R-COL-1).</summary>
public sealed record CollectionLadderOptions
{
    /// <summary>The regulation's thresholds; a door visit before a lawyer letter; 7 days to pay after a call, 15 after a letter.</summary>
    public static CollectionLadderOptions Default { get; } = new();

    /// <summary>Door visits (and lawyer letters) after more than this many months past due (004 C: 二个月).</summary>
    public int VisitAfterMonths { get; init; } = 2;

    /// <summary>Lawyer letters only up to this many months past due (004 C: 一年以内); beyond it, litigation.</summary>
    public int LawyerLetterUpToMonths { get; init; } = 12;

    /// <summary>Refused door visits that make a lawyer letter eligible at any age up to a year (004 C: 两次以上).</summary>
    public int RefusedVisitsForLetter { get; init; } = 2;

    /// <summary>
    /// When true (default) the ladder is climbed in order: an account eligible for a lawyer letter by age alone stays
    /// at <see cref="CollectionStage.DoorVisit"/> until a door visit has been made for the current arrears. Owners living
    /// abroad cannot be visited and go from phone calls to the letter directly.
    /// </summary>
    public bool RequireVisitBeforeLawyerLetter { get; init; } = true;

    /// <summary>Days from the call to the payment deadline stated on the phone (004 C: 限定缴款期限).</summary>
    public int PhoneDeadlineDays { get; init; } = 7;

    /// <summary>Days from the assessment to the payment deadline stated in a lawyer letter.</summary>
    public int LawyerLetterDeadlineDays { get; init; } = 15;

    /// <summary>Checks the options once, when they are built from configuration.</summary>
    /// <returns>The problems found, empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (VisitAfterMonths < 1)
        {
            problems.Add("VisitAfterMonths must be at least 1");
        }

        if (LawyerLetterUpToMonths <= VisitAfterMonths)
        {
            problems.Add("LawyerLetterUpToMonths must be greater than VisitAfterMonths (R-COL-1: > 2 months and ≤ 1 year)");
        }

        if (RefusedVisitsForLetter < 1)
        {
            problems.Add("RefusedVisitsForLetter must be at least 1");
        }

        if (PhoneDeadlineDays < 1 || LawyerLetterDeadlineDays < 1)
        {
            problems.Add("deadlines must be at least 1 day after the call or letter");
        }

        return problems;
    }

    internal static CollectionLadderOptions Checked(CollectionLadderOptions? options)
    {
        options ??= Default;
        var problems = options.Validate();
        return problems.Count == 0 ? options : throw new ArgumentException(string.Join("; ", problems), nameof(options));
    }
}
