namespace ReportingEngine.Generation.Templates;

/// <summary>Where the product's own folders are: the repository (or install) root holding <c>templates/</c>.</summary>
/// <param name="Root">Absolute root folder.</param>
public sealed record RepositoryLayout(string Root)
{
    /// <summary><c>templates/</c> under the root.</summary>
    public string TemplatesRoot => Path.Combine(Root, "templates");

    /// <summary>Shared template assets (<c>templates/_assets</c>: seals, logos).</summary>
    public string AssetsRoot => Path.Combine(TemplatesRoot, "_assets");

    /// <summary><c>sample-data/</c> under the root.</summary>
    public string SampleDataRoot => Path.Combine(Root, "sample-data");

    /// <summary>
    /// Finds the root by walking up from <paramref name="startDirectories"/> (current directory, then the
    /// application folder) to the first folder that holds <c>templates/</c> and <c>ReportingEngine.sln</c>
    /// or a <c>.reporting-root</c> marker (installed layouts).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No such folder; the message says what was searched.</exception>
    public static RepositoryLayout Discover(params IEnumerable<string> startDirectories)
    {
        var searched = new List<string>();
        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "templates"))
                    && (File.Exists(Path.Combine(dir.FullName, "ReportingEngine.sln"))
                        || File.Exists(Path.Combine(dir.FullName, ".reporting-root"))))
                {
                    return new RepositoryLayout(dir.FullName);
                }
            }

            searched.Add(start);
        }

        throw new DirectoryNotFoundException(
            "cannot find the ReportingEngine folder (templates/ beside ReportingEngine.sln) above: " + string.Join(", ", searched));
    }

    /// <summary>Discovers from the current directory, then from the application's folder.</summary>
    public static RepositoryLayout DiscoverDefault() =>
        Discover(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
}
