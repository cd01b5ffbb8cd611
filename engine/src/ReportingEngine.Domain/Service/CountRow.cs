namespace ReportingEngine.Domain.Service;

/// <summary>A count under a key (a category, a follow-up verdict).</summary>
/// <param name="Key">The key as recorded.</param>
/// <param name="Count">How many records.</param>
public sealed record CountRow(string Key, int Count)
{
    internal static IReadOnlyList<CountRow> Of(IEnumerable<string> keys) =>
        [.. keys.GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => new CountRow(g.Key, g.Count()))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Key, StringComparer.Ordinal)];
}
