namespace ReportingEngine.Documents.Model;

/// <summary>A block-level element of the body, header or footer.</summary>
/// <remarks>Closed hierarchy: writers switch over the concrete records.</remarks>
public abstract record Block
{
    /// <summary>Where the element came from in the markup (for diagnostics); null for built models.</summary>
    public SourceSpan? Source { get; init; }
}

/// <summary>A 1-based position in a markup file.</summary>
public sealed record SourceSpan(string File, int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}({Line},{Column})";
}
