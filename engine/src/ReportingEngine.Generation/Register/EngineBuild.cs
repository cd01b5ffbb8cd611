using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace ReportingEngine.Generation.Register;

/// <summary>
/// Which build of the engine produced a file: the informational version of this assembly (<c>1.0.0+&lt;commit&gt;</c>,
/// the commit stamped by the SDK's source-control integration). The register records it next to the template version
/// and the data hash, because those two pin a document's content but not its bytes: a writer change between releases
/// (a font subset, a chart label) changes the bytes of the same content.
/// </summary>
public static class EngineBuild
{
    /// <summary>The running engine's build, e.g. <c>1.0.0+89f3dbd22528d948f70afb13dc49afaa06ce4619</c>.</summary>
    public static string Current { get; } =
        typeof(EngineBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(EngineBuild).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// Whether <paramref name="build"/> names a commit. A build made without git metadata (a source tarball) is plain
    /// <c>1.0.0</c> in every release, so two such builds cannot be told apart.
    /// </summary>
    public static bool IsIdentified([NotNullWhen(true)] string? build) => build is not null && build.Contains('+', StringComparison.Ordinal);

    /// <summary>A build for messages: the version and the first 12 digits of the commit.</summary>
    public static string Abbreviate(string build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var plus = build.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 && build.Length > plus + 13 ? build[..(plus + 13)] : build;
    }
}
