using System.Globalization;

namespace ReportingEngine.Documents.Diagnostics;

/// <summary>
/// A problem found in user input (markup, profile), with the place it was found.
/// </summary>
/// <param name="File">File name as shown to the user (e.g. <c>templates/customer-notice/template.sbn</c>).</param>
/// <param name="Line">1-based line; 0 when unknown.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong, in words the template author understands.</param>
public sealed record Diagnostic(string File, int Line, int Column, DiagnosticSeverity Severity, string Message)
{
    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats as <c>file(line,col): error: message</c>, the form compilers and editors understand.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        if (Line <= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{File}: {severity}: {Message}");
        }

        return Column <= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{File}({Line}): {severity}: {Message}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): {severity}: {Message}");
    }
}
