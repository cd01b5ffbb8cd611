using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace ReportingEngine.Generation.Tests.Fees;

/// <summary>
/// Runs qpdf / pdftotext for the fee tests. A missing tool FAILS the test naming the apt package, unless
/// <c>RE_ALLOW_MISSING_TOOLS=1</c> is set: then it returns null after writing the reason to the test output.
/// </summary>
internal static class FeeTool
{
    public static (int ExitCode, string Output)? TryRun(ITestOutputHelper output, string executable, string aptPackage, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            var reason = $"{executable} is not installed: install it with 'apt-get install {aptPackage}'";
            if (string.Equals(Environment.GetEnvironmentVariable("RE_ALLOW_MISSING_TOOLS"), "1", StringComparison.Ordinal))
            {
                output.WriteLine($"SKIPPED CHECK: {reason} (RE_ALLOW_MISSING_TOOLS=1 is set).");
                return null;
            }

            throw new Xunit.Sdk.XunitException($"{reason} (or set RE_ALLOW_MISSING_TOOLS=1 to skip tool checks locally).");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException($"{executable} did not finish within 60 s");
            }

            process.WaitForExit();
            return (process.ExitCode, stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult());
        }
    }
}
