using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Service;

namespace ReportingEngine.Generation.Service;

/// <summary>What a monthly service-document run covers: one community (or all, one document each), one month, one folder.</summary>
public sealed record ServiceJob
{
    /// <summary>Community id (e.g. C01), or null for every community of the data, one document each.</summary>
    public string? CommunityId { get; init; }

    /// <summary>The month reported on (complaints received / repairs called in it).</summary>
    public required BillingPeriod Month { get; init; }

    /// <summary>Output folder; files go to <c>&lt;folder&gt;/&lt;community&gt;/&lt;kind&gt;/</c>.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>
    /// The report date: steps not done by then are open and timestamps after it are ignored. Null (default) is the first
    /// moment of the next month, so a document rebuilt later reads exactly the same (R-REP-1: statistics by the 1st).
    /// </summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Formats to write (pdf, docx).</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["pdf", "docx"];

    /// <summary>Time limits; the regulations' (R-CMP-1, R-REP-1) when null.</summary>
    public ServiceLevelOptions? Limits { get; init; }

    /// <summary>The effective report date.</summary>
    public DateTime EffectiveAsOf => AsOf ?? ServicePeriod.DefaultAsOf(Month);

    /// <summary>Where and how the documents are written; the register's period is the month.</summary>
    internal ServiceOutput Output => new(OutputFolder, Formats, Month.ToString());
}
