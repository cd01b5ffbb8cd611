using ReportingEngine.Templating.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportingEngine.Templating.Model;

/// <summary>
/// A model object whose unknown members are errors, the member-access twin of <c>StrictVariables</c>: a typo
/// in <c>{{ owner.nmae }}</c> fails the render instead of printing nothing on 3,000 fee notices.
/// </summary>
/// <remarks>
/// Members that exist with a null value read as null, so optional fields are tested with <c>if x.phone</c>.
/// The model's root stays a plain <see cref="ScriptObject"/>: Scriban looks up every variable name in it
/// before the built-ins, and those look-ups must be allowed to miss.
/// </remarks>
internal sealed class StrictScriptObject : ScriptObject
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value) || ContainsKey(member))
        {
            return true;
        }

        throw new ScriptRuntimeException(span, TemplateMessages.MemberNotFound(member));
    }
}
