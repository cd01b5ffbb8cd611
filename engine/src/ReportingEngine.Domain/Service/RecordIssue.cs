namespace ReportingEngine.Domain.Service;

/// <summary>A data problem found on one record while computing a summary.</summary>
/// <param name="RecordId">The record's key.</param>
/// <param name="Message">What is wrong.</param>
public sealed record RecordIssue(string RecordId, string Message);
