namespace ReportingEngine.Templating;

/// <summary>
/// What one render produced: the document markup, or the diagnostics that explain why there is none.
/// </summary>
public sealed class RenderResult
{
    private RenderResult(string kind, string version, string? markup, IReadOnlyList<TemplateDiagnostic> diagnostics)
    {
        Kind = kind;
        TemplateVersion = version;
        Markup = markup;
        Diagnostics = diagnostics;
    }

    /// <summary>Document kind (the template folder name).</summary>
    public string Kind { get; }

    /// <summary>The template version the render used (see <see cref="TemplateSet.Version"/>); empty when the template could not be read.</summary>
    public string TemplateVersion { get; }

    /// <summary>The rendered markup; <see langword="null"/> when <see cref="Succeeded"/> is false.</summary>
    public string? Markup { get; }

    /// <summary>Errors, in the order found; empty when the render succeeded.</summary>
    public IReadOnlyList<TemplateDiagnostic> Diagnostics { get; }

    /// <summary>True when <see cref="Markup"/> holds the whole output and there are no diagnostics.</summary>
    public bool Succeeded => Markup is not null && Diagnostics.Count == 0;

    internal static RenderResult Success(string kind, string version, string markup) =>
        new(kind, version, markup, []);

    internal static RenderResult Failure(string kind, string version, IReadOnlyList<TemplateDiagnostic> diagnostics) =>
        new(kind, version, null, diagnostics);
}
