namespace ReportingEngine.Generation.Service;

/// <summary>What a service-document run produced.</summary>
public sealed record ServiceRunResult
{
    /// <summary>Files written (full paths), in the order they were written.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Data problems, each with its record key; the record was counted as it stands.</summary>
    public IReadOnlyList<ServiceProblem> Problems { get; init; } = [];

    /// <summary>Failures that stopped a document or the run (unknown community, template or layout errors).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>One line per document for the user (community, counts, rates).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>No error stopped anything (data problems may still have been reported).</summary>
    public bool Succeeded => Errors.Count == 0;
}
