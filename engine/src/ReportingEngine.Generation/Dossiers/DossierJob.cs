namespace ReportingEngine.Generation.Dossiers;

/// <summary>What a dossier-document run covers: one community (optionally one building) on one date, into one folder.</summary>
public sealed record DossierJob
{
    /// <summary>Community id (e.g. C01).</summary>
    public required string CommunityId { get; init; }

    /// <summary>Only this building, when set.</summary>
    public string? BuildingId { get; init; }

    /// <summary>The documents' date (清单日期, the as-of date of the borrowing list).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Output folder; files go to sub-folders per kind.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Formats to write (pdf, docx).</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["pdf", "docx"];

    /// <summary>Who runs it, for the output register.</summary>
    public string GeneratedBy { get; init; } = "reporting";
}
