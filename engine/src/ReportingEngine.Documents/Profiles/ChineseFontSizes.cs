namespace ReportingEngine.Documents.Profiles;

/// <summary>Traditional Chinese type size names (字号) in points, as Word and the regulations use them.</summary>
internal static class ChineseFontSizes
{
    public static IReadOnlyDictionary<string, double> Points { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["初号"] = 42,
        ["小初"] = 36,
        ["一号"] = 26,
        ["小一"] = 24,
        ["二号"] = 22,
        ["小二"] = 18,
        ["三号"] = 16,
        ["小三"] = 15,
        ["四号"] = 14,
        ["小四"] = 12,
        ["五号"] = 10.5,
        ["小五"] = 9,
        ["六号"] = 7.5,
        ["小六"] = 6.5,
        ["七号"] = 5.5,
        ["八号"] = 5,
    };
}
