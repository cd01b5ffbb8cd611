using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace ReportingEngine.Documents.Docx.Tests.Tools;

/// <summary>
/// Runs a command-line tool (soffice, pdfinfo, pdftotext, pdftoppm) with a timeout. A missing tool FAILS
/// the test naming its apt package, unless <c>RE_ALLOW_MISSING_TOOLS=1</c> is set: then <see cref="TryRun"/>
/// returns null after writing the reason to the test output, and the test returns early.
/// </summary>
internal sealed class ExternalTool
{
    public const string AllowMissingVariable = "RE_ALLOW_MISSING_TOOLS";

    private ExternalTool(string executable, string aptPackage)
    {
        Executable = executable;
        AptPackage = aptPackage;
    }

    public static ExternalTool Soffice { get; } = new("soffice", "libreoffice-writer-nogui");

    public static ExternalTool PdfInfo { get; } = new("pdfinfo", "poppler-utils");

    public static ExternalTool PdfToText { get; } = new("pdftotext", "poppler-utils");

    public static ExternalTool PdfToPpm { get; } = new("pdftoppm", "poppler-utils");

    public string Executable { get; }

    public string AptPackage { get; }

    public static bool MissingAllowed =>
        string.Equals(Environment.GetEnvironmentVariable(AllowMissingVariable), "1", StringComparison.Ordinal);

    public bool IsInstalled => FindOnPath(Executable) is not null;

    /// <summary>Runs the tool; null only when it is missing and missing tools are allowed.</summary>
    public ToolResult? TryRun(ITestOutputHelper output, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        if (!IsInstalled)
        {
            var reason = $"{Executable} is not installed: install it with 'apt-get install {AptPackage}'";
            if (MissingAllowed)
            {
                output.WriteLine($"SKIPPED CHECK: {reason} ({AllowMissingVariable}=1 is set).");
                return null;
            }

            throw new Xunit.Sdk.XunitException($"{reason} (or set {AllowMissingVariable}=1 to skip tool checks locally).");
        }

        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new Xunit.Sdk.XunitException($"{Executable} could not be started ({ex.Message}): install it with 'apt-get install {AptPackage}'.");
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{Executable} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        var result = new ToolResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        output.WriteLine($"$ {Executable} {string.Join(' ', arguments)} → exit {result.ExitCode}");
        if (result.ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException($"{Executable} failed with exit code {result.ExitCode}: {result.StandardError}{result.StandardOutput}");
        }

        return result;
    }

    private static string? FindOnPath(string executable)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, executable);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>Exit code and captured output of a tool run.</summary>
internal sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError);
