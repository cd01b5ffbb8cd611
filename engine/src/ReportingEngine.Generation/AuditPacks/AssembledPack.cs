namespace ReportingEngine.Generation.AuditPacks;

/// <summary>The pack's bytes before writing: merged PDF, combined DOCX, the sections and the page count.</summary>
internal sealed record AssembledPack(byte[] Pdf, byte[] Docx, IReadOnlyList<RenderedSection> Sections, int TotalPages, string PackTemplateVersion);
