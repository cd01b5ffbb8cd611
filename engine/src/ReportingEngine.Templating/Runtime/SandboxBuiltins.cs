using ReportingEngine.Templating.Functions;
using Scriban;
using Scriban.Runtime;

namespace ReportingEngine.Templating.Runtime;

/// <summary>
/// Builds the read-only built-in object every render shares: Scriban's built-ins minus anything that reads
/// the clock, draws random numbers or parses data as a template, plus <see cref="TemplateFunctions"/>.
/// </summary>
internal static class SandboxBuiltins
{
    /// <summary>Built-in members removed, as (object, member) — null object means top level.</summary>
    private static readonly (string? Owner, string Member)[] Removed =
    [
        ("date", "now"),            // the clock: same data must give the same document
        ("date", "utc_now"),
        ("math", "random"),         // not deterministic
        ("math", "uuid"),
        ("object", "eval"),         // would parse data as a template
        ("object", "eval_template"),
        (null, "include_join"),     // includes several templates without the markup wrapping of include
    ];

    public static ScriptObject Create()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        foreach (var (owner, member) in Removed)
        {
            var target = owner is null ? builtins : builtins[owner] as ScriptObject;
            target?.Remove(member);
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
