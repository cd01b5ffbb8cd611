namespace ReportingEngine.Documents.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input is usable but probably not what the author meant.</summary>
    Warning,

    /// <summary>The input cannot be turned into a document.</summary>
    Error,
}
