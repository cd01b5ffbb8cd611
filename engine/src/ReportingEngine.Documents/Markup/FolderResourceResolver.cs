using System.Diagnostics.CodeAnalysis;

namespace ReportingEngine.Documents.Markup;

/// <summary>
/// Resolves resources inside a fixed list of folders, searched in order (typically the template's
/// own folder, then <c>templates/_assets/</c>).
/// </summary>
/// <remarks>
/// Templates are data: a path is refused when it is absolute, contains <c>..</c>, a backslash or a
/// drive letter, or resolves (after normalisation) outside the folder being searched.
/// </remarks>
public sealed class FolderResourceResolver : IResourceResolver
{
    private readonly string[] _roots;

    /// <summary>Creates a resolver searching <paramref name="roots"/> in order.</summary>
    /// <param name="roots">Existing or missing folders; missing ones simply find nothing.</param>
    public FolderResourceResolver(params IEnumerable<string> roots)
    {
        ArgumentNullException.ThrowIfNull(roots);
        _roots = [.. roots.Select(r => Path.GetFullPath(r))];
    }

    /// <inheritdoc/>
    public bool TryRead(string path, [NotNullWhen(true)] out byte[]? content, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        content = null;
        if (!IsSafeRelativePath(path))
        {
            problem = $"resource path '{path}' is not allowed: use a relative path inside the template or assets folder, without '..'";
            return false;
        }

        foreach (var root in _roots)
        {
            var full = Path.GetFullPath(Path.Combine(root, path));
            var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
            if (!full.StartsWith(prefix, StringComparison.Ordinal) || !File.Exists(full))
            {
                continue;
            }

            content = File.ReadAllBytes(full);
            problem = null;
            return true;
        }

        problem = $"resource '{path}' was not found (searched: {string.Join(", ", _roots)})";
        return false;
    }

    private static bool IsSafeRelativePath(string path)
    {
        if (path.Length == 0 || path.Contains('\\', StringComparison.Ordinal) || path.Contains(':', StringComparison.Ordinal)
            || path.StartsWith('/') || Path.IsPathRooted(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        return path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
    }
}
