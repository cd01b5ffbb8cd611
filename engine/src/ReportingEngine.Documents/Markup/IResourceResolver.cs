using System.Diagnostics.CodeAnalysis;

namespace ReportingEngine.Documents.Markup;

/// <summary>Reads files a markup document refers to (image <c>src</c>), confined to known folders.</summary>
public interface IResourceResolver
{
    /// <summary>Reads the resource at <paramref name="path"/> (a relative path with <c>/</c> separators).</summary>
    /// <param name="path">Path as written in the markup.</param>
    /// <param name="content">The file's bytes when found.</param>
    /// <param name="problem">Why the resource could not be read, when not found or refused.</param>
    /// <returns>True when <paramref name="content"/> holds the file.</returns>
    bool TryRead(string path, [NotNullWhen(true)] out byte[]? content, [NotNullWhen(false)] out string? problem);
}
