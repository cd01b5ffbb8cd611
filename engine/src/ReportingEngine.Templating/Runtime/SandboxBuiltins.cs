using ReportingEngine.Templating.Diagnostics;
using ReportingEngine.Templating.Functions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportingEngine.Templating.Runtime;

/// <summary>
/// Builds the read-only built-in object every render shares: Scriban's built-ins minus anything that reads
/// the clock, draws random numbers or parses data as a template, plus <see cref="TemplateFunctions"/>.
/// </summary>
internal static class SandboxBuiltins
{
    /// <summary>Built-in members replaced by an error, as (object, member, reason) — null object means top level.</summary>
    private static readonly (string? Owner, string Member, string Reason)[] Removed =
    [
        ("date", "now", TemplateMessages.ClockRefused),
        ("date", "utc_now", TemplateMessages.ClockRefused),
        ("math", "random", TemplateMessages.RandomRefused),
        ("math", "uuid", TemplateMessages.RandomRefused),
        ("object", "eval", TemplateMessages.EvalRefused),
        ("object", "eval_template", TemplateMessages.EvalRefused),
        (null, "include_join", TemplateMessages.IncludeJoinRefused),
    ];

    public static ScriptObject Create()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        // Removing a member is not enough: a missing member of a built-in object reads as null and prints
        // nothing. An explicit error tells the author why.
        foreach (var (owner, member, reason) in Removed)
        {
            var target = owner is null ? builtins : (ScriptObject)builtins[owner]!;
            var name = owner is null ? member : owner + "." + member;
            target.Remove(member);
            target.Import(member, new Func<TemplateContext, SourceSpan, object>((_, span) => throw new ScriptRuntimeException(span, TemplateMessages.BuiltinRefused(name, reason))));
        }

        builtins.Remove("include");
        builtins.SetValue("include", new MarkupIncludeFunction(), true);
        var functions = new TemplateFunctions();
        foreach (var name in functions.Keys)
        {
            builtins.SetValue(name, functions[name], true);
        }

        Freeze(builtins);
        return builtins;
    }

    /// <summary>Names a model may not use at its top level, because they would hide a built-in.</summary>
    public static IReadOnlySet<string> ReservedNames(ScriptObject builtins) =>
        new HashSet<string>(builtins.Keys, StringComparer.Ordinal);

    private static void Freeze(ScriptObject scriptObject)
    {
        foreach (var value in scriptObject.Values)
        {
            if (value is ScriptObject child && !child.IsReadOnly)
            {
                Freeze(child);
            }
        }

        scriptObject.IsReadOnly = true;
    }
}
