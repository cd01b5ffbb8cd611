using ReportingEngine.Domain.Common;

namespace ReportingEngine.Generation.Service;

/// <summary>What a quarterly service-document run covers: one community (or all, one document each), one quarter, one folder.</summary>
public sealed record QuarterlyServiceJob
{
    /// <summary>Community id (e.g. C01), or null for every community of the data, one document each.</summary>
    public string? CommunityId { get; init; }

    /// <summary>The quarter reported on (visits made in it).</summary>
    public required SurveyQuarter Quarter { get; init; }

    /// <summary>Output folder; files go to <c>&lt;folder&gt;/&lt;community&gt;/&lt;kind&gt;/</c>.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>
    /// The report date, inclusive: records after it are not counted and a month ending after it is not judged. Null (default)
    /// is the quarter's last day, so a quarter rebuilt later reads exactly the same. Must not be before the quarter begins.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Formats to write (pdf, docx).</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["pdf", "docx"];

    /// <summary>The effective report date.</summary>
    public DateOnly EffectiveAsOf => AsOf ?? Quarter.LastDay;

    /// <summary>Where and how the documents are written; the register's period is the quarter.</summary>
    internal ServiceOutput Output => new(OutputFolder, Formats, Quarter.ToString());
}
