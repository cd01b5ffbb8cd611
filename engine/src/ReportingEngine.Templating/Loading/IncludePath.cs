using ReportingEngine.Templating.Diagnostics;

namespace ReportingEngine.Templating.Loading;

/// <summary>
/// Turns an include name written in a template into a path under the templates root, refusing any name that
/// could leave the kind's folder or the shared folder.
/// </summary>
/// <remarks>
/// <c>include 'row.sbn'</c> → <c>&lt;kind&gt;/row.sbn</c>; <c>include '_shared/letterhead'</c> →
/// <c>_shared/letterhead.sbn</c>. The extension <c>.sbn</c> may be left out. Absolute paths, drive letters,
/// backslashes, empty segments, '.' and '..' are refused outright, before any file lookup.
/// </remarks>
internal static class IncludePath
{
    private const string Extension = ".sbn";

    /// <summary>Resolves <paramref name="name"/>; returns false with the reason in <paramref name="error"/>.</summary>
    public static bool TryResolve(string kind, string? name, out string relativePath, out string error)
    {
        relativePath = string.Empty;
        if (string.IsNullOrWhiteSpace(name))
        {
            error = TemplateMessages.IncludeEmpty;
            return false;
        }

        error = TemplateMessages.IncludeRefused(name);
        if (name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal)
            || name.StartsWith('/') || name.StartsWith('~') || Path.IsPathRooted(name))
        {
            return false;
        }

        var segments = name.Split('/');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment == "." || segment == ".." || segment.StartsWith('.')
                || segment.Any(c => char.IsControl(c)))
            {
                return false;
            }
        }

        var path = string.Equals(segments[0], TemplateMessages.SharedFolder, StringComparison.Ordinal)
            ? name
            : kind + "/" + name;
        if (!path.EndsWith(Extension, StringComparison.Ordinal))
        {
            path += Extension;
        }

        relativePath = path;
        error = string.Empty;
        return true;
    }
}
