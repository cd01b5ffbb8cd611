using ReportingEngine.Documents.Diagnostics;

namespace ReportingEngine.Documents.Profiles;

/// <summary>The outcome of loading a <c>profile.json</c>: the profile when valid, and every diagnostic.</summary>
public sealed record ProfileLoadResult
{
    /// <summary>The profile; null when any diagnostic is an error.</summary>
    public DocumentProfile? Profile { get; init; }

    /// <summary>Errors and warnings, each placed at <c>profile.json(line,col)</c> where known.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
