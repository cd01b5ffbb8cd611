using System.CommandLine;

namespace ReportingEngine.Cli.Commands;

/// <summary>Runs the parsed command and turns unexpected failures into one clear line, never a stack trace.</summary>
internal static class CommandRunner
{
    /// <summary>Exit code for a failure the user can fix (bad input, missing tool) — commands return it themselves.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for an unexpected internal error.</summary>
    public const int InternalError = 3;

    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return 130;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return Failed;
        }
#pragma warning disable CA1031 // The host's last line of defence: report, never crash with a trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync($"internal error: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            if (Environment.GetEnvironmentVariable("REPORTING_TRACE") == "1")
            {
                await Console.Error.WriteLineAsync(ex.ToString()).ConfigureAwait(false);
            }

            return InternalError;
        }
    }
}
