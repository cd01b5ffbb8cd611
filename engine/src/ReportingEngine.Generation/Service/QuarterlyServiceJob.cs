using ReportingEngine.Domain.Common;

namespace ReportingEngine.Generation.Service;

/// <summary>What a quarterly service-document run covers: one community (or all, one document each), one quarter, one folder.</summary>
public sealed record QuarterlyServiceJob : ServiceRunScope
{
    /// <summary>The quarter reported on (visits made in it).</summary>
    public required SurveyQuarter Quarter { get; init; }

    /// <summary>
    /// The report date, inclusive: records after it are not counted and a month ending after it is not judged. Null (default)
    /// is the quarter's last day, so a quarter rebuilt later reads exactly the same. Must not be before the quarter begins.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The effective report date.</summary>
    public DateOnly EffectiveAsOf => AsOf ?? Quarter.LastDay;

    /// <summary>The register's period is the quarter.</summary>
    internal override string Period => Quarter.ToString();
}
