using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportingEngine.Templating.Runtime;

/// <summary>
/// The context of one render: every interpolated value XML-escaped on its way to the output, includes served
/// from the template snapshot, no reflection into .NET objects, and a deadline checked while evaluating.
/// </summary>
internal sealed class SandboxedTemplateContext : TemplateContext
{
    // Checking the token on every node would cost more than the nodes; every 256th is well under a millisecond.
    private const int AbortCheckInterval = 256;

    private readonly TemplateSet _set;
    private int _evaluations;

    public SandboxedTemplateContext(ScriptObject builtins, TemplateSet set, TemplateOptions options, CancellationToken cancellationToken)
        : base(builtins)
    {
        _set = set;
        StrictVariables = true;
        LoopLimit = options.LoopLimit;
        RecursiveLimit = options.RecursiveLimit;
        LimitToString = options.LimitToString;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = options.OutputLimit;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        RegexTimeOut = options.Timeout;
        CancellationToken = cancellationToken;
        TemplateLoader = new Loading.SnapshotTemplateLoader(set);
        TemplateLoaderParserOptions = TemplateParsing.ParserOptions;
        TemplateLoaderLexerOptions = TemplateParsing.LexerOptions;
        MemberRenamer = StandardMemberRenamer.Default;

        // No field or property of a .NET object is reachable from a template: the model arrives as
        // ScriptObject/ScriptArray trees, so reflection would only ever expose what nobody meant to pass.
        MemberFilter = _ => false;
        NewLine = "\n";
    }

    /// <summary>Escapes every value a template prints; trusted markup and captured template output pass as they are.</summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawMarkup raw => base.Write(span, raw.Markup),
        IScriptOutput captured => base.Write(span, captured.ToString() ?? string.Empty),
        _ => base.Write(span, XmlEscaper.Escape(ObjectToString(textAsObject, false) ?? string.Empty)),
    };

    public override string? ObjectToString(object? value, bool nested) => value switch
    {
        RawMarkup raw => raw.Markup,
        _ => base.ObjectToString(value, nested),
    };

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (++_evaluations % AbortCheckInterval == 0)
        {
            CheckAbort();
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    public override void Import(SourceSpan span, object objectToImport)
    {
        if (objectToImport is not ScriptObject)
        {
            throw new ScriptRuntimeException(span, Diagnostics.TemplateMessages.ImportRefused);
        }

        base.Import(span, objectToImport);
    }

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        var template = _set.GetTemplate(templatePath);
        if (template is null)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? CurrentSpan, Diagnostics.TemplateMessages.IncludeNotFound(templatePath, _set.DisplayFolder));
        }

        CachedTemplates[templatePath] = template;
        return template;
    }
}
