namespace ReportingEngine.Scheduling.Tests.Cluster;

/// <summary>One fee-notice row of the output register.</summary>
internal sealed record NoticeRow(string ArchiveNumber, string Format, string Subject, string FileName, string Sha256, string GeneratedBy);
