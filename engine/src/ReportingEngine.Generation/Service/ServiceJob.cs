using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Service;

namespace ReportingEngine.Generation.Service;

/// <summary>What a monthly service-document run covers: one community (or all, one document each), one month, one folder.</summary>
public sealed record ServiceJob : ServiceRunScope
{
    /// <summary>The month reported on (complaints received / repairs called in it).</summary>
    public required BillingPeriod Month { get; init; }

    /// <summary>
    /// The report date: steps not done by then are open and timestamps after it are ignored. Null (default) is the first
    /// moment of the next month, so a document rebuilt later reads exactly the same (R-REP-1: statistics by the 1st).
    /// </summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Time limits; the regulations' (R-CMP-1, R-REP-1) when null.</summary>
    public ServiceLevelOptions? Limits { get; init; }

    /// <summary>The effective report date.</summary>
    public DateTime EffectiveAsOf => AsOf ?? ServicePeriod.DefaultAsOf(Month);

    /// <summary>The register's period is the month.</summary>
    internal override string Period => Month.ToString();
}
