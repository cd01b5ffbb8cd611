using ReportingEngine.Domain.Arrears;

namespace ReportingEngine.Generation.Collection;

/// <summary>Company settings for the collection documents: ladder and limitation rules, the law firm, the seal, visit staff.</summary>
public sealed record CollectionOptions
{
    /// <summary>The regulation defaults, without a law firm (needed only to write letters).</summary>
    public static CollectionOptions Default { get; } = new();

    /// <summary>R-COL-1 thresholds and deadlines.</summary>
    public CollectionLadderOptions Ladder { get; init; } = CollectionLadderOptions.Default;

    /// <summary>R-COL-2 limitation clock (3 years, 90-day risk window).</summary>
    public LimitationOptions Limitation { get; init; } = LimitationOptions.Default;

    /// <summary>R-COL-1 step 3 visit teams (≥ 2 staff, evenings and weekends).</summary>
    public VisitPlanOptions Visits { get; init; } = VisitPlanOptions.Default;

    /// <summary>Days after the as-of date the door-visit plan covers.</summary>
    public int VisitPlanningDays { get; init; } = 14;

    /// <summary>
    /// Staff who make door visits; empty = everyone recorded on the community's earlier visits and calls
    /// (names split at 、).
    /// </summary>
    public IReadOnlyList<string> VisitStaff { get; init; } = [];

    /// <summary>The law firm that sends the letters; required to write letters, not for the lists.</summary>
    public LawFirm? LawFirm { get; init; }

    /// <summary>The service center's seal image (R-COL-3), resolved under the template folder or <c>templates/_assets/</c>.</summary>
    public string Seal { get; init; } = "seal-sample.png";

    /// <summary>Who is recorded in the output register as having generated the files.</summary>
    public string GeneratedBy { get; init; } = "reporting";

    /// <summary>Problems with these options, empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        problems.AddRange(Ladder.Validate());
        problems.AddRange(Limitation.Validate());
        problems.AddRange(Visits.Validate());
        if (VisitPlanningDays is < 1 or > 92)
        {
            problems.Add("VisitPlanningDays must be between 1 and 92");
        }

        if (string.IsNullOrWhiteSpace(Seal))
        {
            problems.Add("Seal must name the service center's seal image (R-COL-3)");
        }

        if (LawFirm is { } firm && string.IsNullOrWhiteSpace(firm.Name))
        {
            problems.Add("LawFirm.Name must not be empty");
        }

        if (string.IsNullOrWhiteSpace(GeneratedBy))
        {
            problems.Add("GeneratedBy must not be empty");
        }

        return problems;
    }
}
