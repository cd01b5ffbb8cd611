namespace ReportingEngine.Documents.Pdf.Layout.Text;

/// <summary>What an inline item is.</summary>
internal enum ItemKind
{
    /// <summary>A printable character (one code point).</summary>
    Char,
    /// <summary>A space: a break opportunity after it, dropped at the end of a wrapped line.</summary>
    Space,
    /// <summary>An underlined empty space to fill in by hand.</summary>
    Blank,
    /// <summary>A vector checkbox.</summary>
    Checkbox,
    /// <summary>A page field whose text is known only after pagination.</summary>
    Field,
    /// <summary>A zero-width break opportunity (U+200B).</summary>
    ZeroWidthBreak,
    /// <summary>A forced line break.</summary>
    LineBreak,
}
