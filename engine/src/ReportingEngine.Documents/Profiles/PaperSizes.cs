namespace ReportingEngine.Documents.Profiles;

/// <summary>ISO/GB paper sizes by name, portrait, in millimetres.</summary>
internal static class PaperSizes
{
    public static IReadOnlyDictionary<string, (double WidthMm, double HeightMm)> ByName { get; } =
        new Dictionary<string, (double, double)>(StringComparer.Ordinal)
        {
            ["A3"] = (297, 420),
            ["A4"] = (210, 297),
            ["A5"] = (148, 210),
            ["B5"] = (176, 250),
        };

    /// <summary>Tolerance when comparing a page with a paper size (rounding of mm ↔ twips/points).</summary>
    public const double ToleranceMm = 0.5;

    /// <summary>True when the page is the named paper in either orientation.</summary>
    public static bool Matches(string name, double widthMm, double heightMm)
    {
        if (!ByName.TryGetValue(name, out var paper))
        {
            return false;
        }

        static bool Near(double a, double b) => Math.Abs(a - b) <= ToleranceMm;
        return (Near(widthMm, paper.WidthMm) && Near(heightMm, paper.HeightMm))
            || (Near(widthMm, paper.HeightMm) && Near(heightMm, paper.WidthMm));
    }
}
