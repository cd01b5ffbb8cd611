namespace ReportingEngine.Generation.Rendering;

/// <summary>The result of checking one template against its sample model.</summary>
/// <param name="Kind">Template folder name.</param>
/// <param name="TemplateVersion">Folder hash, when the folder could be read.</param>
/// <param name="Implements">Regulation IDs the kind's profile implements.</param>
/// <param name="Problems">Compile, markup, conformance and writer problems; empty when the template is good.</param>
public sealed record TemplateCheck(string Kind, string? TemplateVersion, IReadOnlyList<string> Implements, IReadOnlyList<string> Problems)
{
    /// <summary>True when the sample renders to every format and conforms to the profile.</summary>
    public bool Passed => Problems.Count == 0;
}
