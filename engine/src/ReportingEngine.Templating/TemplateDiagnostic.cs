using System.Globalization;

namespace ReportingEngine.Templating;

/// <summary>
/// An error in a template or in the model given to it, with the place it was found.
/// </summary>
/// <param name="File">
/// File as shown to the user, relative to the repository root (<c>templates/fee-notice/template.sbn</c>),
/// or <c>model.&lt;member path&gt;</c> for a problem in the model.
/// </param>
/// <param name="Line">1-based line; 0 when the problem has no position.</param>
/// <param name="Column">1-based column; 0 when the problem has no position.</param>
/// <param name="Message">What is wrong, in words the template author understands.</param>
public sealed record TemplateDiagnostic(string File, int Line, int Column, string Message)
{
    /// <summary>Formats as <c>file(line,col): error: message</c>, the form compilers and editors understand.</summary>
    public override string ToString()
    {
        if (Line <= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{File}: error: {Message}");
        }

        return Column <= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{File}({Line}): error: {Message}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): error: {Message}");
    }
}
