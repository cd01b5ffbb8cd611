namespace ReportingEngine.Documents.Tests.TestSupport;

/// <summary>Finds the repository root by walking up to ReportingEngine.sln.</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ReportingEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReportingEngine.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
