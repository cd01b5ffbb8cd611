namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>
/// Metrics of one embeddable font face, as the layout engine needs them. Implemented by the
/// TrueType reader; faked in layout tests.
/// </summary>
/// <remarks>All metrics are in thousandths of an em (PDF glyph space): multiply by size / 1000.</remarks>
internal interface IFontFace
{
    /// <summary>PostScript-style name, e.g. <c>WenQuanYiZenHei</c> (used in the PDF BaseFont with a subset tag).</summary>
    string Name { get; }

    /// <summary>Ascender above the baseline (positive).</summary>
    double Ascent { get; }

    /// <summary>Descender below the baseline (negative).</summary>
    double Descent { get; }

    /// <summary>Whether the face has a glyph for <paramref name="codePoint"/>.</summary>
    bool HasGlyph(int codePoint);

    /// <summary>Advance width of <paramref name="codePoint"/>; the .notdef advance when missing.</summary>
    double GetAdvance(int codePoint);
}
