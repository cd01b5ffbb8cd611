namespace ReportingEngine.Documents.Docx.Content;

/// <summary>What a header's watermark shows (R-ACC-3 controlled copies).</summary>
/// <param name="Text">The watermark text.</param>
/// <param name="FontFamily">Word font name of the body style.</param>
/// <param name="ShapeNumber">Number in the shape's id (PowerPlusWaterMarkObject1 …).</param>
internal sealed record WatermarkText(string Text, string FontFamily, int ShapeNumber);
