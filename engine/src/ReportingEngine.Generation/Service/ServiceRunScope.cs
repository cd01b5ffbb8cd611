namespace ReportingEngine.Generation.Service;

/// <summary>What every service-document run shares, whatever its period: the community (or all), the folder, the formats.</summary>
public abstract record ServiceRunScope
{
    /// <summary>Community id (e.g. C01), or null for every community of the data, one document each.</summary>
    public string? CommunityId { get; init; }

    /// <summary>Output folder; files go to <c>&lt;folder&gt;/&lt;community&gt;/&lt;kind&gt;/</c>.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Formats to write (pdf, docx).</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["pdf", "docx"];

    /// <summary>The output register's period of the run: the month (2026-09) or the quarter (2026Q3).</summary>
    internal abstract string Period { get; }

    /// <summary>Where and how the documents are written.</summary>
    internal ServiceOutput Output => new(OutputFolder, Formats, Period);
}
