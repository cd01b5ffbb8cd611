namespace ReportingEngine.Documents.Model;

/// <summary>Inline content of a paragraph or heading.</summary>
public abstract record Inline;

/// <summary>Text in the paragraph's style, optionally emphasised.</summary>
/// <param name="Text">Literal text (already unescaped; may contain any Unicode).</param>
public sealed record TextRun(string Text) : Inline
{
    /// <summary>Bold regardless of the style.</summary>
    public bool Bold { get; init; }

    /// <summary>Underlined (used for filled-in values on forms).</summary>
    public bool Underline { get; init; }

    /// <summary>A character style from the profile overriding font/size (e.g. <c>amount</c>).</summary>
    public string? Style { get; init; }
}

/// <summary>A field computed at layout time.</summary>
public sealed record FieldRun(FieldKind Kind) : Inline;

/// <summary>Which field.</summary>
public enum FieldKind
{
    /// <summary>Current page number (Word PAGE).</summary>
    Page,
    /// <summary>Total pages of the document (Word NUMPAGES).</summary>
    Pages,
}

/// <summary>A checkbox glyph ☐ / ☑ for forms.</summary>
public sealed record Checkbox(bool Checked) : Inline;

/// <summary>An underlined blank to be filled in by hand (signature, date), <paramref name="Chars"/> CJK characters wide.</summary>
public sealed record Blank(int Chars) : Inline;

/// <summary>A forced line break inside a paragraph.</summary>
public sealed record LineBreak : Inline;
