namespace ReportingEngine.Generation.Service;

/// <summary>A count under a key with its share of the total.</summary>
/// <param name="Key">Category or verdict.</param>
/// <param name="Count">Records.</param>
/// <param name="Share">Share of the total as 12.5%.</param>
public sealed record ServiceCountRow(string Key, int Count, string Share);
