using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportingEngine.Templating.Loading;

/// <summary>
/// Serves includes from a <see cref="TemplateSet"/>'s in-memory snapshot — never from disk at render time,
/// so a render uses exactly the bytes its version was computed from.
/// </summary>
internal sealed class SnapshotTemplateLoader : ITemplateLoader
{
    private readonly TemplateSet _set;

    public SnapshotTemplateLoader(TemplateSet set) => _set = set;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!IncludePath.TryResolve(_set.Kind, templateName, out var path, out var error))
        {
            throw new ScriptRuntimeException(callerSpan, error);
        }

        if (!_set.HasTemplate(path))
        {
            throw new ScriptRuntimeException(callerSpan, Diagnostics.TemplateMessages.IncludeNotFound(templateName, _set.DisplayFolder));
        }

        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        _set.GetSource(templatePath) ?? throw new ScriptRuntimeException(callerSpan, Diagnostics.TemplateMessages.IncludeNotFound(templatePath, _set.DisplayFolder));

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)Load(context, callerSpan, templatePath));
}
