namespace ReportingEngine.Documents.Conformance;

/// <summary>Names of the conformance checks; a profile's <c>rules</c> maps each to the regulation it enforces.</summary>
public static class ConformanceCheck
{
    /// <summary>A title heading exists, is not empty and uses the required title style.</summary>
    public const string Title = "title";

    /// <summary>The body has visible content.</summary>
    public const string Content = "content";

    /// <summary>The page is the required paper size.</summary>
    public const string Paper = "paper";

    /// <summary>The margins equal the required ones.</summary>
    public const string Margins = "margins";

    /// <summary>Paragraph styles match the required font family, size and weight.</summary>
    public const string Styles = "styles";

    /// <summary>Paragraph styles have the required line spacing.</summary>
    public const string LineSpacing = "line-spacing";

    /// <summary>Required roles (posting date, validity) are present and filled.</summary>
    public const string Roles = "roles";

    /// <summary>A seal image is present when the profile requires one.</summary>
    public const string Seal = "seal";
}
