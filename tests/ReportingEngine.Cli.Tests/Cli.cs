using System.Diagnostics;
using System.Text;

namespace ReportingEngine.Cli.Tests;

/// <summary>Runs the built <c>reporting</c> command as a user would: a separate process, exit code and output.</summary>
internal static class Cli
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static (int ExitCode, string Output, string Error) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reporting.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"reporting {string.Join(' ', arguments)} did not finish in 3 minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportingEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ReportingEngine.sln not found above " + AppContext.BaseDirectory);
    }
}
