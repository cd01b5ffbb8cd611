using System.Diagnostics;
using ReportingEngine.Data.Connections;
using ReportingEngine.Scheduling.History;
using Xunit.Abstractions;

namespace ReportingEngine.Scheduling.Tests.Cluster;

/// <summary>
/// Kill-and-recover on one node with the default SQLite job store: a worker killed with SIGKILL in the middle of a
/// fee-notice building job resumes it when it starts again (Quartz recovers the fired trigger), and every notice
/// exists exactly once.
/// </summary>
public sealed class SingleNodeRecoveryTests(ITestOutputHelper output)
{
    private const string Community = "C02";
    private const string Period = "2026-10";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_worker_killed_mid_batch_finishes_it_after_a_restart_with_every_notice_exactly_once()
    {
        using var estate = await SampleEstate.CreateAsync();
        var billed = await estate.BilledUnitsAsync(Community, Period);
        Assert.NotEmpty(billed);
        string[] store = ["--connection", estate.ConnectionString, "--job-store", Path.Combine(estate.Folder, "jobs.db")];
        string[] worker = ["worker", .. store, "--node", "solo", "--threads", "1", "--out", estate.OutputFolder, "--shutdown-grace", "20"];

        using (var first = ReportingProcess.Start("solo", worker))
        {
            await WaitUntilAsync(() => Task.FromResult(first.Output.Contains("worker solo: started", StringComparison.Ordinal)), first, "the worker to start");
            output.WriteLine(ReportingProcess.RunToEnd(TimeSpan.FromSeconds(90), ["jobs", "trigger", "fee-notices", "--period", Period, "--community", Community, .. store]));
            await WaitUntilAsync(
                async () =>
                {
                    var count = (await estate.NoticesAsync(Period)).Count;
                    Assert.False(count == 2 * billed.Count, "the batch finished before the worker could be killed mid-way; nothing was proven");
                    return count > 0;
                },
                first,
                "the first notice in the register");
            first.KillHard();
            output.WriteLine($"killed the worker (SIGKILL) after {(await estate.NoticesAsync(Period)).Count} of {2 * billed.Count} notice files");
        }

        using var second = ReportingProcess.Start("solo", worker);
        try
        {
            await WaitUntilAsync(async () => (await estate.NoticesAsync(Period)).Count >= 2 * billed.Count, second, "the restarted worker to finish the batch");
            var rows = await estate.NoticesAsync(Period);
            Assert.Equal(2 * billed.Count, rows.Count);
            Assert.All(rows, row => Assert.True(billed.ContainsKey(row.Subject), $"{row.ArchiveNumber}: {row.Subject} is not a billed unit of {Community}"));
            var onDisk = estate.FilesOnDisk();
            foreach (var row in rows)
            {
                var name = Path.GetFileName(row.FileName);
                Assert.True(onDisk.TryGetValue(name, out var paths) && paths.Count == 1, $"{name}: expected exactly once on disk");
                Assert.Equal(row.Sha256, SampleEstate.Sha256(onDisk[name][0]));
            }

            // The run history tells what happened: the killed run was interrupted, the recovered one finished it.
            var history = new RunHistory(EstateConnectionFactory.Create(estate.ConnectionString));
            await WaitUntilAsync(async () => (await BuildingRunsAsync(history)).Any(r => r.Outcome == RunOutcome.Succeeded), second, "the recovered run's row");
            var runs = await BuildingRunsAsync(history);
            Assert.True(
                runs.Count(r => r.Outcome == RunOutcome.Interrupted) == 1 && runs.Count(r => r.Outcome == RunOutcome.Succeeded) == 1 && runs.Count == 2,
                string.Join(" | ", runs.Select(r => $"{r.FireId} {r.Outcome} {r.Message}")));
        }
        finally
        {
            var exit = second.Terminate(TimeSpan.FromSeconds(40));
            output.WriteLine(second.Output);
            Assert.True(exit == 0, $"the worker did not stop gracefully on SIGTERM (exit {exit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none within 40 s"})");
        }
    }

    private static async Task<List<RunRecord>> BuildingRunsAsync(RunHistory history) =>
        [.. (await history.LatestAsync(100, CancellationToken.None)).Where(r => r.JobKey.StartsWith("fee-notices.fee-notices.", StringComparison.Ordinal))];

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, ReportingProcess process, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            if (process.HasExited)
            {
                throw new Xunit.Sdk.XunitException($"the worker exited ({process.ExitCode}) while waiting for {what}:\n{process.Output}");
            }

            if (deadline.Elapsed > Bound)
            {
                throw new Xunit.Sdk.XunitException($"gave up after {Bound.TotalSeconds:0} s waiting for {what}:\n{process.Output}");
            }

            await Task.Delay(50);
        }
    }
}
