using System.Diagnostics;
using System.Text;

namespace ReportingEngine.Scheduling.Tests.Cluster;

/// <summary>
/// One run of the built <c>reporting</c> command (copied beside the tests by the project reference) as its own process:
/// a worker that keeps running, or a command that is waited for. Output is collected for the failure message.
/// </summary>
internal sealed class ReportingProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private ReportingProcess(string name, IReadOnlyList<string> arguments)
    {
        Name = name;
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

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append("stderr: " + e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The repository root (templates are found from there).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public static ReportingProcess Start(string name, params string[] arguments) => new(name, arguments);

    /// <summary>Runs a command to its end; fails the test when it does not exit 0 in time.</summary>
    public static string RunToEnd(TimeSpan timeout, params string[] arguments)
    {
        using var process = Start("command", arguments);
        if (!process._process.WaitForExit(timeout))
        {
            process.KillHard();
            throw new Xunit.Sdk.XunitException($"reporting {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s:\n{process.Output}");
        }

        process._process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new Xunit.Sdk.XunitException($"reporting {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{process.Output}");
        }

        return process.Output;
    }

    /// <summary>kill -9: the process gets no chance to clean up (a crashed machine).</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>SIGTERM, as systemd or Kubernetes stop a service; waits for the graceful exit.</summary>
    /// <returns>The exit code, or null when the process did not exit in time (it is then killed).</returns>
    public int? Terminate(TimeSpan timeout)
    {
        if (_process.HasExited)
        {
            return _process.ExitCode;
        }

        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!)
        {
            kill.WaitForExit();
        }

        if (_process.WaitForExit(timeout))
        {
            _process.WaitForExit();
            return _process.ExitCode;
        }

        KillHard();
        return null;
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }
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
