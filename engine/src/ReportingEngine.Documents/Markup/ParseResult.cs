using ReportingEngine.Documents.Diagnostics;
using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Markup;

/// <summary>The outcome of parsing markup: a document when there were no errors, and every diagnostic found.</summary>
public sealed record ParseResult
{
    /// <summary>The parsed document; null when any diagnostic is an error.</summary>
    public Document? Document { get; init; }

    /// <summary>Errors and warnings in source order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
