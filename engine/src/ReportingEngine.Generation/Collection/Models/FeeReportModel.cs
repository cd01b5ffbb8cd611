namespace ReportingEngine.Generation.Collection.Models;

/// <summary>收费情况报表 — the model of <c>templates/fee-report/</c> (R-FEE-3, R-FEE-4, R-COL-2). Amounts in yuan.</summary>
public sealed record FeeReportModel
{
    /// <summary>Archive number (e.g. <c>FR-2026-01-2026-10-C01</c>).</summary>
    public required string DocumentId { get; init; }

    /// <summary>The report's date, <c>yyyy-MM-dd</c> (the as-of day).</summary>
    public required string ReportDate { get; init; }

    /// <summary>Company name.</summary>
    public required string Company { get; init; }

    /// <summary>What the report covers: a community's name, or 全部小区.</summary>
    public required string Scope { get; init; }

    /// <summary>First billing month <c>YYYY-MM</c>.</summary>
    public required string FromPeriod { get; init; }

    /// <summary>Last billing month <c>YYYY-MM</c>.</summary>
    public required string ToPeriod { get; init; }

    /// <summary>The whole scope and range.</summary>
    public required FigureRow Total { get; init; }

    /// <summary>Per community over the range.</summary>
    public required IReadOnlyList<FigureRow> Communities { get; init; }

    /// <summary>Per building over the range.</summary>
    public required IReadOnlyList<FigureRow> Buildings { get; init; }

    /// <summary>Per community and month.</summary>
    public required IReadOnlyList<FigureRow> Months { get; init; }

    /// <summary>Prepaid credit not yet used (held for later bills).</summary>
    public required decimal Prepaid { get; init; }

    /// <summary>Aging of all overdue arrears on the as-of day (0–1 … &gt;12 months).</summary>
    public required IReadOnlyList<AgingRow> Aging { get; init; }

    /// <summary>Overdue arrears in total.</summary>
    public required decimal AgingOverdue { get; init; }

    /// <summary>Billed but not yet due on the as-of day.</summary>
    public required decimal NotYetDue { get; init; }

    /// <summary>Chart's upper axis bound (a round number above the largest bucket).</summary>
    public required string ChartMax { get; init; }

    /// <summary>Periods whose limitation period ends within the risk window (90 days).</summary>
    public required IReadOnlyList<LimitationRow> AtRisk { get; init; }

    /// <summary>Total of <see cref="AtRisk"/>.</summary>
    public required decimal AtRiskTotal { get; init; }

    /// <summary>Periods already time-barred: flagged, never demanded.</summary>
    public required IReadOnlyList<LimitationRow> TimeBarred { get; init; }

    /// <summary>Total of <see cref="TimeBarred"/>.</summary>
    public required decimal TimeBarredTotal { get; init; }

    /// <summary>The risk window in days.</summary>
    public required int RiskDays { get; init; }
}
