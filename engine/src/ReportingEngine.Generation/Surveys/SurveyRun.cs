namespace ReportingEngine.Generation.Surveys;

/// <summary>The outcome of a survey generation: files written, problems that stopped a document, notes about the data.</summary>
public sealed record SurveyRun
{
    /// <summary>Paths of the files written, in order.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Problems with their places; a document with a problem was not written.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Data notes by record key (skipped responses, units outside their building's entrances).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>True when nothing went wrong.</summary>
    public bool Succeeded => Problems.Count == 0;
}
