using System.Diagnostics;
using System.Text;

namespace ReportingEngine.Cli.Tests.Jobs;

/// <summary>A <c>reporting worker</c> running in the background: its output lines as they come, SIGTERM, exit code.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly Lock gate = new();

    public WorkerProcess(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Cli.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reporting.dll"));
        start.ArgumentList.Add("worker");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Waits until the output contains <paramref name="text"/> (fails after a generous bound, or when the worker exits first).</summary>
    public void WaitFor(string text)
    {
        var started = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(process.HasExited, $"the worker exited before saying '{text}':\n{Output}");
            Assert.True(started.Elapsed < TimeSpan.FromMinutes(2), $"the worker did not say '{text}' within 2 minutes:\n{Output}");
            Thread.Sleep(100);
        }
    }

    /// <summary>Sends SIGTERM (as systemd or docker stop does) and waits for the exit code.</summary>
    public int Terminate()
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the worker did not stop within a minute of SIGTERM");
        process.WaitForExit();
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            output.AppendLine(line);
        }
    }
}
