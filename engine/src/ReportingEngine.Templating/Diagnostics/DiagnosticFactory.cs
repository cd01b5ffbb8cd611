using Scriban.Parsing;

namespace ReportingEngine.Templating.Diagnostics;

/// <summary>Turns Scriban's 0-based spans into 1-based <see cref="TemplateDiagnostic"/> positions.</summary>
internal static class DiagnosticFactory
{
    public static TemplateDiagnostic At(SourceSpan span, string fallbackFile, string message)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName;
        if (span.IsEmpty && span.Start.Line <= 0 && span.Start.Column <= 0 && string.IsNullOrEmpty(span.FileName))
        {
            return new TemplateDiagnostic(file, 0, 0, message);
        }

        return new TemplateDiagnostic(file, span.Start.Line + 1, span.Start.Column + 1, message);
    }
}
