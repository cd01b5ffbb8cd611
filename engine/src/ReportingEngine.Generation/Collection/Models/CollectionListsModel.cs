namespace ReportingEngine.Generation.Collection.Models;

/// <summary>催缴工作清单 — the model of <c>templates/collection-lists/</c> (R-COL-1): every unit in arrears at its ladder stage.</summary>
public sealed record CollectionListsModel
{
    /// <summary>Archive number (e.g. <c>CL-2026-11-05-C01</c>).</summary>
    public required string DocumentId { get; init; }

    /// <summary>The lists' date, <c>yyyy-MM-dd</c> (the as-of day).</summary>
    public required string ListDate { get; init; }

    /// <summary>Company name.</summary>
    public required string Company { get; init; }

    /// <summary>Issuing service center.</summary>
    public required string ServiceCenter { get; init; }

    /// <summary>Community name.</summary>
    public required string Community { get; init; }

    /// <summary>Count and amount per stage.</summary>
    public required IReadOnlyList<StageSummaryRow> Summary { get; init; }

    /// <summary>Units in arrears in total.</summary>
    public required int UnitsInArrears { get; init; }

    /// <summary>Their demandable amounts in total.</summary>
    public required decimal Total { get; init; }

    /// <summary>Step 1: notice out, not yet due.</summary>
    public required IReadOnlyList<StageRow> Reminders { get; init; }

    /// <summary>Step 2: calls with the script's facts.</summary>
    public required IReadOnlyList<PhoneRow> Calls { get; init; }

    /// <summary>The caller's introduction line of the script.</summary>
    public required string CallerIntroduction { get; init; }

    /// <summary>The script's closing line.</summary>
    public required string CallClosing { get; init; }

    /// <summary>Step 3: door visits, by team.</summary>
    public required IReadOnlyList<VisitTeamBlock> Teams { get; init; }

    /// <summary>Door visits with no team or slot (not enough staff, slots full).</summary>
    public required IReadOnlyList<StageRow> Unplanned { get; init; }

    /// <summary>First and last day of the visit plan, <c>yyyy-MM-dd</c>.</summary>
    public required string VisitFrom { get; init; }

    /// <summary>Last day of the visit plan.</summary>
    public required string VisitTo { get; init; }

    /// <summary>Door-visit stage units (all of them, planned or not).</summary>
    public required int VisitUnits { get; init; }

    /// <summary>Step 4: lawyer-letter stage.</summary>
    public required IReadOnlyList<StageRow> Letters { get; init; }

    /// <summary>Beyond the ladder: more than a year overdue, for legal assessment.</summary>
    public required IReadOnlyList<StageRow> Beyond { get; init; }

    /// <summary>Data notes printed at the end (visit planning problems).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
