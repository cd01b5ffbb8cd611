using ReportingEngine.Documents.Model;

namespace ReportingEngine.Generation.Rendering;

/// <summary>The result of rendering one document: its files, or the problems that stopped it.</summary>
public sealed record RenderOutcome
{
    /// <summary>Document kind (template folder name).</summary>
    public required string Kind { get; init; }

    /// <summary>SHA-256 of the kind's template folder; recorded with every file (DESIGN.md, determinism).</summary>
    public string? TemplateVersion { get; init; }

    /// <summary>The parsed, conforming model; null when rendering failed before or at conformance.</summary>
    public Document? Document { get; init; }

    /// <summary>The generated markup (kept for diagnostics).</summary>
    public string? Markup { get; init; }

    /// <summary>File bytes per format (<c>pdf</c>, <c>docx</c>), in the order asked for.</summary>
    public IReadOnlyList<RenderedFile> Files { get; init; } = [];

    /// <summary>Problems with their places (<c>file(line,col): error: …</c> or <c>[R-ID] …</c>); empty on success.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>True when every asked-for file was written.</summary>
    public bool Succeeded => Problems.Count == 0 && Document is not null;
}

/// <summary>One written file in memory.</summary>
/// <param name="Format">Extension without dot.</param>
/// <param name="Content">The bytes.</param>
public sealed record RenderedFile(string Format, byte[] Content);
