using System.Text;

namespace ReportingEngine.Documents.Profiles;

/// <summary>Loads and validates a document kind's <c>templates/&lt;kind&gt;/profile.json</c> (format: docs/markup.md, "Profiles").</summary>
public static class ProfileLoader
{
    /// <summary>Parses profile JSON. Never throws for bad input: problems are diagnostics with line and column.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="fileName">Name shown in diagnostics, e.g. <c>templates/customer-notice/profile.json</c>.</param>
    /// <param name="kind">The kind (template folder name) this profile belongs to.</param>
    /// <returns>The profile when valid, and all diagnostics.</returns>
    public static ProfileLoadResult Load(string json, string fileName, string kind)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return new ProfileReader(fileName, kind).Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads <c>profile.json</c> from a template folder; the kind is the folder's name.</summary>
    /// <param name="path">Path of the profile file.</param>
    /// <param name="displayName">Name shown in diagnostics (default: <paramref name="path"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The profile when valid, and all diagnostics.</returns>
    public static async Task<ProfileLoadResult> LoadFileAsync(string path, string? displayName = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var kind = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? string.Empty;
        var name = displayName ?? path;
        if (!File.Exists(path))
        {
            return new ProfileLoadResult
            {
                Diagnostics = [new Diagnostics.Diagnostic(name, 0, 0, Diagnostics.DiagnosticSeverity.Error, ProfileMessages.FileMissing)],
            };
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return new ProfileReader(name, kind).Read(bytes);
    }
}
