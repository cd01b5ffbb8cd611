using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ReportingEngine.TestSupport.Postgres;

/// <summary>
/// The local PostgreSQL server the tests use (Debian <c>postgresql</c>, cluster managed by postgresql-common).
/// Starts the cluster when it is down — on CI the tests run as root, so they can — listening on 127.0.0.1
/// only, and runs administrative SQL through <c>psql</c> as the <c>postgres</c> user (peer authentication).
/// </summary>
/// <remarks>
/// Starting here rather than in test.sh keeps <c>dotnet test</c> of one project self-sufficient on a fresh
/// machine, and a cluster stopped between runs is started again. Starting and role creation are serialised
/// across test processes with a lock file.
/// </remarks>
public static class PostgresServer
{
    /// <summary>The Debian package that provides the server.</summary>
    public const string AptPackage = "postgresql";

    /// <summary>The login role the tests connect as; it owns the databases they create.</summary>
    public const string TestRole = "reporting_test";

    /// <summary>The role's password: the server listens on 127.0.0.1 only and holds throwaway data.</summary>
    public const string TestPassword = "reporting_test";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly Lock Gate = new();
    private static int? _port;

    /// <summary>Whether the server is installed (postgresql-common's <c>pg_lsclusters</c> and a server binary).</summary>
    public static bool IsInstalled =>
        FindOnPath("pg_lsclusters") is not null
        && Directory.Exists("/usr/lib/postgresql")
        && Directory.EnumerateDirectories("/usr/lib/postgresql").Any(version => File.Exists(Path.Combine(version, "bin", "postgres")));

    /// <summary>
    /// The port of a running cluster with the test role in place; starts the cluster when it is down.
    /// </summary>
    /// <exception cref="InvalidOperationException">Not installed, not startable, or not administrable by this user; the message says what to do.</exception>
    public static int EnsureRunning()
    {
        lock (Gate)
        {
            if (_port is { } known)
            {
                return known;
            }

            if (!IsInstalled)
            {
                throw new InvalidOperationException($"PostgreSQL is not installed: install it with 'apt-get install {AptPackage}'");
            }

            using var crossProcess = AcquireLockFile();
            var cluster = FindCluster();
            if (!cluster.Running)
            {
                if (!IsRoot)
                {
                    throw new InvalidOperationException(
                        $"PostgreSQL cluster {cluster.Version}/{cluster.Name} is down and only root can start it here: run 'pg_ctlcluster {cluster.Version} {cluster.Name} start' as root");
                }

                Run("pg_ctlcluster", TimeSpan.FromSeconds(90), cluster.Version, cluster.Name, "start", "-o", "-c listen_addresses=127.0.0.1").ThrowOnFailure();
            }

            WaitUntilReady(cluster.Port);
            Psql(
                cluster.Port,
                "postgres",
                $"DO $$ BEGIN CREATE ROLE {TestRole} LOGIN CREATEDB PASSWORD '{TestPassword}'; " +
                "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;");
            _port = cluster.Port;
            return cluster.Port;
        }
    }

    /// <summary>Runs SQL as the <c>postgres</c> superuser through psql and returns what it printed (unaligned, tuples only).</summary>
    /// <param name="port">The cluster's port.</param>
    /// <param name="database">The database to connect to.</param>
    /// <param name="sql">One or more statements.</param>
    /// <returns>psql's standard output.</returns>
    public static string Psql(int port, string database, string sql)
    {
        string[] psql = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-p", port.ToString(CultureInfo.InvariantCulture), "-d", database, "-c", sql];
        ProcessOutcome outcome;
        if (string.Equals(Environment.UserName, "postgres", StringComparison.Ordinal))
        {
            outcome = Run(psql[0], TimeSpan.FromSeconds(60), psql[1..]);
        }
        else if (IsRoot)
        {
            outcome = Run("runuser", TimeSpan.FromSeconds(60), ["-u", "postgres", "--", .. psql]);
        }
        else
        {
            throw new InvalidOperationException(
                "the PostgreSQL tests administer the local server as the 'postgres' user: run them as root (as CI does) or as postgres");
        }

        return outcome.ThrowOnFailure().StandardOutput;
    }

    private static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private static Cluster FindCluster()
    {
        var listing = Run("pg_lsclusters", TimeSpan.FromSeconds(30), "--no-header").ThrowOnFailure().StandardOutput;
        var clusters = listing
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length >= 4)
            .Select(fields => new Cluster(
                fields[0],
                fields[1],
                int.Parse(fields[2], CultureInfo.InvariantCulture),
                fields[3].StartsWith("online", StringComparison.Ordinal)))
            .OrderByDescending(cluster => cluster.Running)
            .ThenByDescending(cluster => double.Parse(cluster.Version, CultureInfo.InvariantCulture))
            .ToList();
        if (clusters.Count > 0)
        {
            return clusters[0];
        }

        if (!IsRoot)
        {
            throw new InvalidOperationException("PostgreSQL is installed but has no cluster: create one as root with 'pg_createcluster <version> main'");
        }

        var version = Directory.EnumerateDirectories("/usr/lib/postgresql")
            .Select(Path.GetFileName)
            .OrderByDescending(name => double.Parse(name!, CultureInfo.InvariantCulture))
            .First()!;
        Run("pg_createcluster", TimeSpan.FromSeconds(120), version, "main").ThrowOnFailure();
        return FindCluster();
    }

    private static void WaitUntilReady(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var ready = Run("pg_isready", TimeSpan.FromSeconds(10), "-q", "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture));
            if (ready.ExitCode == 0)
            {
                return;
            }

            if (deadline.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException(
                    $"PostgreSQL on 127.0.0.1:{port} did not accept connections within {StartTimeout.TotalSeconds:0} s (pg_isready exit {ready.ExitCode}); see /var/log/postgresql/");
            }

            Thread.Sleep(250);
        }
    }

    private static FileStream AcquireLockFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "reportingengine-postgres-tests.lock");
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (deadline.Elapsed < TimeSpan.FromSeconds(120))
            {
                Thread.Sleep(200);
            }
        }
    }

    private static ProcessOutcome Run(string executable, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"{executable} could not be started ({ex.Message}): install it with 'apt-get install {AptPackage}'", ex);
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{executable} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        return new ProcessOutcome(executable, arguments, process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin")
            .Append("/usr/bin")
            .Select(directory => Path.Combine(directory, executable))
            .FirstOrDefault(File.Exists);

    private sealed record Cluster(string Version, string Name, int Port, bool Running);

    private sealed record ProcessOutcome(string Executable, IReadOnlyList<string> Arguments, int ExitCode, string StandardOutput, string StandardError)
    {
        public ProcessOutcome ThrowOnFailure() => ExitCode == 0
            ? this
            : throw new InvalidOperationException(
                $"{Executable} {string.Join(' ', Arguments)} exited with {ExitCode}: {StandardError.Trim()} {StandardOutput.Trim()}".Trim());
    }
}
