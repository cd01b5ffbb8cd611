using ReportingEngine.Documents.Profiles;

namespace ReportingEngine.Documents.Markup;

/// <summary>Parses document markup (the XML a template produces, see <c>docs/markup.md</c>) into the document model.</summary>
public static class MarkupParser
{
    /// <summary>
    /// Parses <paramref name="markup"/>. Never throws for bad input: every problem becomes a
    /// diagnostic placed at its line and column in <paramref name="fileName"/>.
    /// </summary>
    /// <param name="markup">The markup text.</param>
    /// <param name="fileName">Name shown in diagnostics (e.g. <c>templates/customer-notice/template.sbn</c>).</param>
    /// <param name="profile">The document kind's profile: style names are checked against it.</param>
    /// <param name="resources">Where image <c>src</c> paths are read from.</param>
    /// <param name="cancellationToken">Stops a long parse.</param>
    /// <returns>The document (when there are no errors) and all diagnostics.</returns>
    public static ParseResult Parse(string markup, string fileName, DocumentProfile profile, IResourceResolver resources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(resources);
        return new MarkupReader(fileName, profile, resources, cancellationToken).Read(markup);
    }
}
