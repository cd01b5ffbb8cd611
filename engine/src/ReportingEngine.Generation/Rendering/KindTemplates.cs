using ReportingEngine.Documents.Markup;
using ReportingEngine.Documents.Profiles;
using ReportingEngine.Templating;

namespace ReportingEngine.Generation.Rendering;

/// <summary>Everything loaded once per document kind: the parsed template folder, the profile, the resources.</summary>
internal sealed record KindTemplates(TemplateSet Templates, DocumentProfile? Profile, IReadOnlyList<string> Problems, IResourceResolver Resources)
{
    /// <summary>Problems of the folder itself (template parse errors, profile errors).</summary>
    public bool IsUsable => Problems.Count == 0 && Profile is not null && Templates.IsValid;
}
