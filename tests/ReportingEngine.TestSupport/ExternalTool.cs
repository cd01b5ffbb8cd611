using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace ReportingEngine.TestSupport;

/// <summary>
/// Runs one of the PDF command-line tools (qpdf, pdftotext, pdffonts, pdfinfo, pdftoppm) with a timeout.
/// When the tool is missing the test FAILS naming the apt package, unless <c>RE_ALLOW_MISSING_TOOLS=1</c>
/// is set; then <c>TryRun</c> returns null after writing the reason to the test output and the
/// test returns early. CI installs every tool, so a missing tool never passes silently there.
/// </summary>
/// <example>
/// <code>
/// var result = ExternalTool.TryRun(ExternalTool.Qpdf, output, "--check", path);
/// if (result is null) return;   // tool missing and allowed: reason already written
/// result.AssertSuccess();
/// </code>
/// </example>
public sealed class ExternalTool
{
    /// <summary>Name of the environment variable that lets tests pass without the tools (local machines only).</summary>
    public const string AllowMissingVariable = "RE_ALLOW_MISSING_TOOLS";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private ExternalTool(string executable, string aptPackage)
    {
        Executable = executable;
        AptPackage = aptPackage;
    }

    /// <summary>qpdf (apt qpdf).</summary>
    public static ExternalTool Qpdf { get; } = new("qpdf", "qpdf");

    /// <summary>pdftotext (apt poppler-utils).</summary>
    public static ExternalTool PdfToText { get; } = new("pdftotext", "poppler-utils");

    /// <summary>pdffonts (apt poppler-utils).</summary>
    public static ExternalTool PdfFonts { get; } = new("pdffonts", "poppler-utils");

    /// <summary>pdfinfo (apt poppler-utils).</summary>
    public static ExternalTool PdfInfo { get; } = new("pdfinfo", "poppler-utils");

    /// <summary>pdftoppm (apt poppler-utils).</summary>
    public static ExternalTool PdfToPpm { get; } = new("pdftoppm", "poppler-utils");

    /// <summary>soffice (apt libreoffice-writer-nogui).</summary>
    public static ExternalTool Soffice { get; } = new("soffice", "libreoffice-writer-nogui");

    /// <summary>Executable name looked up on PATH.</summary>
    public string Executable { get; }

    /// <summary>Debian package that provides it.</summary>
    public string AptPackage { get; }

    /// <summary>Whether missing tools are tolerated (local runs only).</summary>
    public static bool MissingAllowed =>
        string.Equals(Environment.GetEnvironmentVariable(AllowMissingVariable), "1", StringComparison.Ordinal);

    /// <summary>Whether the executable is on PATH.</summary>
    public bool IsInstalled => FindOnPath(Executable) is not null;

    /// <summary>
    /// Runs the tool. Returns null only when the tool is missing and <see cref="MissingAllowed"/>;
    /// throws (fails the test) when it is missing otherwise or when it times out.
    /// </summary>
    public static ToolResult? TryRun(ExternalTool tool, ITestOutputHelper output, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return tool.TryRun(output, DefaultTimeout, null, arguments);
    }

    /// <summary>Runs the tool with a timeout and extra environment variables (e.g. a private HOME for soffice);
    /// see <see cref="TryRun(ExternalTool, ITestOutputHelper, string[])"/>.</summary>
    public ToolResult? TryRun(ITestOutputHelper output, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(output);
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
        var result = new ToolResult(Executable, arguments, process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        output.WriteLine($"$ {Executable} {string.Join(' ', arguments)} → exit {result.ExitCode}");
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
