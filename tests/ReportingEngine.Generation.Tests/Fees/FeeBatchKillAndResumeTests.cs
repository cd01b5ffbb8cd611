using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportingEngine.Data.Reading;
using ReportingEngine.Generation.Fees;
using ReportingEngine.Generation.Register;
using Xunit.Abstractions;

namespace ReportingEngine.Generation.Tests.Fees;

/// <summary>
/// The batch as the scheduler runs it: the CLI in a child process, killed midway, then run again. It must end with
/// every notice exactly once and the register matching the files (DESIGN.md, batches).
/// </summary>
public sealed partial class FeeBatchKillAndResumeTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task A_batch_killed_midway_resumes_and_ends_with_every_notice_exactly_once()
    {
        using var estate = new SampleEstate();
        var cli = CliPath(estate.Layout.Root);
        var outDir = Path.Combine(estate.Folder, "out");
        var folder = Path.Combine(outDir, "2026-10", "C01", FeeBatchFixture.BuildingId);
        string[] arguments =
        [
            "batch", "fee-notices", "--period", "2026-10", "--building", FeeBatchFixture.BuildingId,
            "--out", outDir, "--connection", estate.ConnectionString, "--by", "kill-test", "--parallel", "1",
        ];

        using (var first = Start(cli, arguments, estate.Layout.Root))
        {
            var clock = Stopwatch.StartNew();
            // Kill once two notices are registered (the register commits in groups after the files are on disk), so the
            // rerun must both skip registered notices and finish the rest.
            while (!first.HasExited && await RegisteredNoticesAsync(estate) < 2 && clock.Elapsed < Limit)
            {
                Thread.Sleep(10); // synchronous: an awaited delay can resume seconds late on a busy test host
            }

            // A building's notices reach the disk together, so the kill lands between them and the building files or the
            // register commit — or, on a fast machine, after the end. Every case must end with every notice exactly once;
            // the worker tests (Scheduling.Tests, SingleNodeRecovery and Cluster) kill mid-community as well.
            if (first.HasExited)
            {
                output.WriteLine($"the batch ended (exit {first.ExitCode}) before the kill");
            }
            else
            {
                first.Kill();
            }

            await first.WaitForExitAsync();
        }

        var killedAt = Notices(folder);
        output.WriteLine($"killed after {killedAt} notice PDFs");
        Assert.InRange(killedAt, 2, 24);

        using var second = Start(cli, arguments, estate.Layout.Root);
        var stdout = second.StandardOutput.ReadToEndAsync();
        var stderr = second.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(Limit))
        {
            await second.WaitForExitAsync(timeout.Token);
        }

        output.WriteLine(await stdout);
        Assert.True(second.ExitCode == 0, await stderr);
        // The rerun accounts for every notice once: registered ones are kept, the rest — including any written but not yet
        // registered when the kill came (the register commits in groups after the files are on disk) — are rebuilt identically.
        var counts = RerunCounts().Match(await stdout);
        var written = int.Parse(counts.Groups[1].Value, CultureInfo.InvariantCulture);
        var upToDate = int.Parse(counts.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.Equal(24, written + upToDate);

        // Every notice exactly once: the folder holds exactly the expected files, no temp file, no duplicate.
        var reader = EstateReaders.Create(estate.Database);
        var expected = new List<string> { "FNP-2026-10-C01-B09.pdf", "FNR-2026-10-C01-B09.pdf", "FNR-2026-10-C01-B09.docx" };
        await foreach (var unit in reader.StreamUnitsAsync(UnitScope.Building(FeeBatchFixture.BuildingId), CancellationToken.None))
        {
            expected.Add($"FN-2026-10-{unit.Unit.Id}.pdf");
            expected.Add($"FN-2026-10-{unit.Unit.Id}.docx");
        }

        var files = Directory.GetFiles(folder, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), files);

        // The register matches the files, one entry per file.
        var register = new OutputRegister(estate.Database);
        var entries = new List<RegisterEntry>();
        foreach (var kind in new[] { FeeNoticeBatch.NoticeKind, FeeNoticeBatch.PrintKind, FeeNoticeBatch.ReceiptsKind })
        {
            entries.AddRange(await register.ListAsync(kind, "2026-10", CancellationToken.None));
        }

        Assert.Equal(files, entries.Select(e => e.FileName).Order(StringComparer.Ordinal));
        foreach (var entry in entries)
        {
            Assert.Equal(entry.FileSha256, await ContentHash.Sha256OfFileAsync(Path.Combine(folder, entry.FileName), CancellationToken.None));
            Assert.Equal("kill-test", entry.GeneratedBy);
        }
    }

    private static async Task<int> RegisteredNoticesAsync(SampleEstate estate)
    {
        try
        {
            var entries = await new OutputRegister(estate.Database).ListAsync(FeeNoticeBatch.NoticeKind, "2026-10", CancellationToken.None);
            return entries.Select(e => e.ArchiveNumber).Distinct(StringComparer.Ordinal).Count();
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // the child has not created the register yet, or holds the write lock this instant
        }
    }

    private static int Notices(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "FN-*.pdf").Length : 0;

    private static Process Start(string cli, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>The CLI built in the same configuration as this test assembly.</summary>
    private static string CliPath(string root)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(root, "engine", "hosts", "ReportingEngine.Cli", "bin", configuration, "net10.0", "reporting.dll");
        Assert.True(
            File.Exists(path),
            $"{path} is missing: this test starts the CLI as a child process; build it first (dotnet build engine/hosts/ReportingEngine.Cli -c {configuration}, or build the solution)");
        return path;
    }

    [GeneratedRegex(@"(\d+) notice\(s\) written, (\d+) already generated")]
    private static partial Regex RerunCounts();
}
