using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using ReportingEngine.Documents.Markup;

namespace ReportingEngine.Generation.Rendering;

/// <summary>
/// A kind's resources (seal, logo images) read once and then handed out as the same byte array: a batch of 100,000
/// notices stamps the same seal on each, and reading it from disk and hashing it again per notice cost ≈ 5 % of a PDF.
/// Same lifetime as the kind's cached templates (a renderer caches both for the process), so a template and its
/// images always come from the same load.
/// </summary>
/// <remarks>Failures are not cached: a resource added later is found on the next lookup. The cache is bounded.</remarks>
internal sealed class CachedResourceResolver : IResourceResolver
{
    /// <summary>Most distinct resources kept per kind; past it the cache starts afresh.</summary>
    internal const int Capacity = 32;

    /// <summary>Resources larger than this are read each time (they would make memory depend on templates' assets).</summary>
    internal const int MaxCachedBytes = 4 * 1024 * 1024;

    private readonly IResourceResolver inner;
    private readonly ConcurrentDictionary<string, byte[]> found = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public CachedResourceResolver(IResourceResolver inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        this.inner = inner;
    }

    /// <inheritdoc/>
    public bool TryRead(string path, [NotNullWhen(true)] out byte[]? content, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (found.TryGetValue(path, out content))
        {
            problem = null;
            return true;
        }

        if (!inner.TryRead(path, out content, out problem))
        {
            return false;
        }

        if (content.Length <= MaxCachedBytes)
        {
            if (found.Count >= Capacity)
            {
                found.Clear();
            }

            content = found.GetOrAdd(path, content);
        }

        return true;
    }
}
