namespace ReportingEngine.Domain.Billing;

/// <summary>How serious a billing or collection issue is.</summary>
public enum IssueSeverity
{
    /// <summary>The result is incomplete or wrong without a fix; the bill is not produced.</summary>
    Error,

    /// <summary>Worth a look; the result stands (e.g. an unsigned paid service left off the bill).</summary>
    Warning,
}
