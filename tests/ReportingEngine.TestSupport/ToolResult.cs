namespace ReportingEngine.TestSupport;

/// <summary>What an external tool printed and returned.</summary>
/// <param name="Executable">Tool name.</param>
/// <param name="Arguments">Arguments passed.</param>
/// <param name="ExitCode">Process exit code.</param>
/// <param name="StandardOutput">Everything written to stdout (UTF-8).</param>
/// <param name="StandardError">Everything written to stderr (UTF-8).</param>
public sealed record ToolResult(string Executable, IReadOnlyList<string> Arguments, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Fails the test with the tool's output when the exit code is not 0.</summary>
    public ToolResult AssertSuccess()
    {
        if (ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"{Executable} {string.Join(' ', Arguments)} exited with {ExitCode}.\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}");
        }

        return this;
    }
}
