namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>A subset TrueType font ready for /FontFile2.</summary>
/// <param name="Data">The complete sfnt file of the subset (for a transient subset: valid until the thread's next transient subset).</param>
/// <param name="Tag">Six uppercase letters derived from the glyph set (ISO 32000 9.6.4), e.g. <c>KQZBMA</c>.</param>
/// <param name="OriginalGlyphIds">Original glyph ID of each new glyph ID (index = new ID; 0 is .notdef).</param>
internal sealed record FontSubset(ReadOnlyMemory<byte> Data, string Tag, IReadOnlyList<int> OriginalGlyphIds);
