namespace ReportingEngine.Generation.Dossiers;

/// <summary>业户资料汇总表, a controlled copy (受控) for one recipient (R-ACC-3); model of <c>templates/roster</c>.</summary>
public sealed record RosterModel
{
    /// <summary>Document id (the control number).</summary>
    public required string DocumentId { get; init; }

    /// <summary>Control number printed and watermarked.</summary>
    public required string ControlNumber { get; init; }

    /// <summary>Title (full / customer service / supervisor).</summary>
    public required string Title { get; init; }

    /// <summary>Company.</summary>
    public required string Company { get; init; }

    /// <summary>Community.</summary>
    public required string Community { get; init; }

    /// <summary>Recipient name.</summary>
    public required string Recipient { get; init; }

    /// <summary>Recipient's role in Chinese.</summary>
    public required string RecipientRole { get; init; }

    /// <summary>Issue date, yyyy-MM-dd.</summary>
    public required string IssuedOn { get; init; }

    /// <summary>Relative column widths for the table, e.g. "2,2,3".</summary>
    public required string ColumnWidths { get; init; }

    /// <summary>Column headers.</summary>
    public required IReadOnlyList<string> Headers { get; init; }

    /// <summary>Rows of cell texts.</summary>
    public required IReadOnlyList<IReadOnlyList<string>> Rows { get; init; }

    /// <summary>What the role's copy leaves out, printed under the table.</summary>
    public required string Redaction { get; init; }
}
