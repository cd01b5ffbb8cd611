using ReportingEngine.Documents.Model;

namespace ReportingEngine.Documents.Conformance;

/// <summary>One way a document breaks its kind's regulation profile.</summary>
/// <param name="RuleId">The regulation clause (e.g. <c>R-NOT-2</c>), or <c>RE-&lt;CHECK&gt;</c> for an engine check no clause covers.</param>
/// <param name="Check">The check that failed (<see cref="ConformanceCheck"/> names).</param>
/// <param name="Element">What was checked: <c>&lt;h1 title&gt;</c>, <c>page</c>, <c>style 'body'</c>, <c>role 'validity'</c>.</param>
/// <param name="Message">What is wrong and what the rule wants.</param>
public sealed record ConformanceViolation(string RuleId, string Check, string Element, string Message)
{
    /// <summary>Where the element is in the markup, when it came from markup.</summary>
    public SourceSpan? Source { get; init; }

    /// <summary>Formats as <c>file(line,col): error R-NOT-2: message</c> (or <c>kind: error …</c> without a place).</summary>
    public override string ToString() =>
        Source is { } span
            ? $"{span}: error {RuleId}: {Element}: {Message}"
            : $"error {RuleId}: {Element}: {Message}";
}
