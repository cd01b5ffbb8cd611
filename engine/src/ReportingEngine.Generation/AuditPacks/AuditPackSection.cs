namespace ReportingEngine.Generation.AuditPacks;

/// <summary>One section of a written pack.</summary>
/// <param name="Title">Section title (heading, bookmark, TOC line).</param>
/// <param name="ArchiveNumber">The section's own archive number.</param>
/// <param name="FileName">Its PDF's path inside the zip.</param>
/// <param name="Sha256">SHA-256 of its PDF (lower-case hex).</param>
/// <param name="StartPage">First page of the section in the pack PDF.</param>
public sealed record AuditPackSection(string Title, string ArchiveNumber, string FileName, string Sha256, int StartPage);
