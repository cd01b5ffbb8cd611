namespace ReportingEngine.Generation.Surveys.Models;

/// <summary>One category block of the form (R-SAT-2).</summary>
/// <param name="Numeral">一 … 六.</param>
/// <param name="Title">Category name.</param>
/// <param name="Items">Items numbered 1–25 across the form.</param>
internal sealed record FormSection(string Numeral, string Title, IReadOnlyList<FormItem> Items);
