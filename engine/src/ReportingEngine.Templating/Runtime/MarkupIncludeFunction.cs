using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportingEngine.Templating.Runtime;

/// <summary>
/// Scriban's <c>include</c>, returning the included template's output as <see cref="RawMarkup"/>: that output
/// is markup whose values were already escaped while it rendered, so it must not be escaped a second time.
/// </summary>
internal sealed class MarkupIncludeFunction : IScriptCustomFunction
{
    private readonly IncludeFunction _inner = new();

    public int RequiredParameterCount => _inner.RequiredParameterCount;

    public int ParameterCount => _inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => _inner.VarParamKind;

    public Type ReturnType => typeof(RawMarkup);

    public ScriptParameterInfo GetParameterInfo(int index) => _inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(_inner.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await _inner.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false));

    private static RawMarkup Wrap(object? rendered) => new(rendered as string ?? rendered?.ToString() ?? string.Empty);
}
