namespace ReportingEngine.Domain.Billing;

/// <summary>A problem found in fee data, placed by the record it concerns (unit, meter, bill, payment).</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Key">The record key, e.g. <c>unit U-1-0302 meter WATER 2026-10</c>.</param>
/// <param name="Message">What is wrong, in words the fee clerk can act on.</param>
/// <param name="RuleId">The regulation rule concerned (<c>R-FEE-1</c>…).</param>
public sealed record BillingIssue(IssueSeverity Severity, string Key, string Message, string RuleId)
{
    /// <summary>The issue as <c>key: error: message [R-FEE-1]</c>.</summary>
    /// <returns>The diagnostic line.</returns>
    public override string ToString() =>
        $"{Key}: {(Severity == IssueSeverity.Error ? "error" : "warning")}: {Message} [{RuleId}]";
}
