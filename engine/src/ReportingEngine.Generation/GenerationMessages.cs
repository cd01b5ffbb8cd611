namespace ReportingEngine.Generation;

/// <summary>Texts of the generation layer's messages, in one place (STYLE.md 9).</summary>
internal static class GenerationMessages
{
    public static string UnknownFormats(IEnumerable<string> formats) =>
        $"error: unknown format(s) {string.Join(", ", formats)}; use pdf and/or docx";

    public static string MissingProfile(string kind) =>
        $"templates/{kind}/profile.json: error: the kind has no profile.json (page setup, styles and rules are required)";

    public static string WriterFailed(string kind, string format, Exception ex) =>
        $"templates/{kind}: error: writing {format} failed: {ex.Message}";

    public static string MissingSample(string kind) =>
        $"templates/{kind}/sample.json: error: the kind has no sample model to check the template with";

    public static string BadSample(string kind, string message) =>
        $"templates/{kind}/sample.json: error: {message}";
}
