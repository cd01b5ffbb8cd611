using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Docx.Content;

/// <summary>What the surrounding container asks of the blocks rendered into it.</summary>
/// <param name="WidthTwips">Available width (text width, or the cell's width inside a table).</param>
/// <param name="KeepNext">Every paragraph emitted must keep with the next (inside a keep-together group).</param>
/// <param name="KeepLines">Paragraphs may not split (inside a keep-together group).</param>
/// <param name="DefaultStyle">Profile style for paragraphs that name none (a table's cell style).</param>
/// <param name="DefaultAlignment">Alignment for paragraphs that set none (a cell's alignment).</param>
internal readonly record struct Flow(int WidthTwips, bool KeepNext, bool KeepLines, string? DefaultStyle, TextAlignment? DefaultAlignment);
