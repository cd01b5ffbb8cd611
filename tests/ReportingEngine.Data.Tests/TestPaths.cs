namespace ReportingEngine.Data.Tests;

internal static class TestPaths
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportingEngine.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("ReportingEngine.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SampleData => Path.Combine(RepoRoot, "sample-data");

    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "re-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
