namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>One item line of the form.</summary>
/// <param name="Number">1–25.</param>
/// <param name="Name">Item name.</param>
internal sealed record FormItem(int Number, string Name);
