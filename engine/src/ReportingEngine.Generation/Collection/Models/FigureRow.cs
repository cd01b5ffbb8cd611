namespace ReportingEngine.Generation.Collection.Models;

/// <summary>One line of a fee report table (R-FEE-3): receivable, received, arrears and the collection rate.</summary>
public sealed record FigureRow
{
    /// <summary>Community name.</summary>
    public required string Community { get; init; }

    /// <summary>Building name, empty on community lines.</summary>
    public required string Building { get; init; }

    /// <summary>Billing month <c>YYYY-MM</c>, empty on lines over the whole range.</summary>
    public required string Period { get; init; }

    /// <summary>应收.</summary>
    public required decimal Receivable { get; init; }

    /// <summary>实收.</summary>
    public required decimal Received { get; init; }

    /// <summary>欠费.</summary>
    public required decimal Arrears { get; init; }

    /// <summary>收缴率 as printed, e.g. <c>96.35%</c>, or <c>—</c> when nothing was receivable.</summary>
    public required string Rate { get; init; }
}
