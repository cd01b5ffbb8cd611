namespace ReportingEngine.Documents.Pdf.Fonts;

/// <summary>One entry of an sfnt table directory: where a table lies in the file.</summary>
/// <param name="Tag">Four-character tag, e.g. <c>glyf</c>.</param>
/// <param name="Offset">Offset from the start of the file (not the face).</param>
/// <param name="Length">Length in bytes.</param>
internal readonly record struct TrueTypeTable(string Tag, int Offset, int Length);
