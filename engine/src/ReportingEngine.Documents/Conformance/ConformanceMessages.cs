namespace ReportingEngine.Documents.Conformance;

/// <summary>Every conformance message text, in one place (STYLE.md 9).</summary>
internal static class ConformanceMessages
{
    public const string EmptyDocument = "the document has no visible content";

    public const string MissingTitle = "the document has no title heading (<h1 title=\"true\">)";

    public const string EmptyTitle = "the title heading is empty";

    public const string MissingSeal = "the profile requires a seal (公章) image (<image seal=\"true\">) but there is none";

    public static string WrongPaper(double width, double height, string paper) =>
        $"page is {F(width)} × {F(height)} mm; the regulation requires {paper}";

    public static string WrongMargin(string side, double actual, double required) =>
        $"{side} margin is {F(actual)} mm; the regulation requires {F(required)} mm";

    public static string UndefinedStyle(string style) => $"style '{style}' is not defined in the profile";

    public static string WrongFont(string actual, string required, string requirement) =>
        $"font is {actual}; the regulation requires {required} for {requirement}";

    public static string WrongSize(double actual, double required, string requirement) =>
        $"size is {F(actual)} pt; the regulation requires {F(required)} pt for {requirement}";

    public static string WrongWeight(bool actual, bool required, string requirement) =>
        $"weight is {(actual ? "bold" : "regular")}; the regulation requires {(required ? "bold" : "regular")} for {requirement}";

    public static string WrongLineSpacing(double actual, double required, string requirement) =>
        $"line spacing is {F(actual)}; the regulation requires {F(required)} for {requirement}";

    public static string MissingRole(string role) => $"no paragraph with role '{role}', which the regulation requires";

    public static string EmptyRole(string role) => $"the paragraph with role '{role}' is empty";

    private static string F(double value) => ConformanceChecker.Format(value);
}
