namespace ReportingEngine.Generation.AuditPacks.Models;

/// <summary>A line of the table of contents: section title, archive number and the pack page it starts on.</summary>
/// <param name="Title">Section title (equal to its heading and bookmark).</param>
/// <param name="ArchiveNumber">The section's archive number.</param>
/// <param name="Page">1-based page of the pack PDF.</param>
internal sealed record AuditTocEntry(string Title, string ArchiveNumber, int Page);
