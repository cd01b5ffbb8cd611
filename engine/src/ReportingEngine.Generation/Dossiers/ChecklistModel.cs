namespace ReportingEngine.Generation.Dossiers;

/// <summary>档案清单 — the checklist of one unit's dossier (R-DOS-8, label per R-DOS-1); model of <c>templates/dossier-checklist</c>.</summary>
public sealed record ChecklistModel
{
    /// <summary>Document id (archive number).</summary>
    public required string DocumentId { get; init; }

    /// <summary>Dossier number (档案编号): the unit id.</summary>
    public required string DossierNumber { get; init; }

    /// <summary>Company name.</summary>
    public required string Company { get; init; }

    /// <summary>Community name.</summary>
    public required string Community { get; init; }

    /// <summary>Building name.</summary>
    public required string Building { get; init; }

    /// <summary>Floor-room label (R-DOS-1).</summary>
    public required string UnitLabel { get; init; }

    /// <summary>Current owner(s), joined with 、.</summary>
    public required string Owner { get; init; }

    /// <summary>Checklist date, yyyy-MM-dd.</summary>
    public required string AsOf { get; init; }

    /// <summary>Documents held.</summary>
    public required IReadOnlyList<ChecklistLine> Held { get; init; }

    /// <summary>Required documents missing (追补).</summary>
    public required IReadOnlyList<MissingLine> Missing { get; init; }

    /// <summary>Gaps in the electronic basic record (R-DOS-5) and VIP records (R-DOS-6), to be completed by the clerk.</summary>
    public required IReadOnlyList<RecordFindingLine> RecordFindings { get; init; }

    /// <summary>For a VIP owner's dossier, when the VIP record was last updated (R-DOS-6); empty otherwise.</summary>
    public required string VipUpdated { get; init; }

    /// <summary>Phases that apply, e.g. 入伙、装修.</summary>
    public required string Phases { get; init; }
}
