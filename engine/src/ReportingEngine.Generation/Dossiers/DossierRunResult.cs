namespace ReportingEngine.Generation.Dossiers;

/// <summary>What a dossier-document run produced.</summary>
public sealed record DossierRunResult
{
    /// <summary>Files written (full paths), in the order they were written.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Data problems, each with its record key; the affected record was skipped or shown as noted.</summary>
    public IReadOnlyList<DossierProblem> Problems { get; init; } = [];

    /// <summary>Failures that stopped a document or the run (unknown community, refused role, template or layout errors).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Facts to tell the user: the inspection decision, the sample seed, the control number.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>No error stopped anything (data problems may still have been reported).</summary>
    public bool Succeeded => Errors.Count == 0;
}
