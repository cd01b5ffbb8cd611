using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Markup;

/// <summary>Raw inline content before whitespace is collapsed.</summary>
internal abstract record InlinePiece
{
    /// <summary>Text exactly as in the markup (whitespace not yet collapsed).</summary>
    public sealed record Text(string Value, RunFormat Format) : InlinePiece;

    /// <summary>A non-text inline (field, checkbox, blank) that counts as a visible, non-CJK character.</summary>
    public sealed record Atom(Inline Inline) : InlinePiece;

    /// <summary>A forced line break: whitespace on both sides of it is dropped.</summary>
    public sealed record Break : InlinePiece;
}
