using System.Diagnostics;
using Npgsql;
using ReportingEngine.TestSupport.Postgres;
using Xunit.Abstractions;

namespace ReportingEngine.Scheduling.Tests.Cluster;

/// <summary>
/// The cluster proof (issue 7 part 3): two <c>reporting worker</c> processes share one PostgreSQL job store; a fee-notice
/// batch is enqueued; one worker is killed with SIGKILL in the middle of a building; the other recovers that building
/// (Quartz RequestsRecovery) and every notice exists exactly once, on disk and in the output register.
/// </summary>
public sealed class ClusteredWorkersTests(PostgresDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    // The sample's smallest community with at least 4 buildings: C03, 6 buildings, 360 units.
    private const string Community = "C03";
    private const string Period = "2026-10";
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Two_workers_share_a_fee_notice_batch_and_the_survivor_finishes_the_killed_workers_building_exactly_once()
    {
        if (!fixture.Available(output))
        {
            return;
        }

        using var estate = await SampleEstate.CreateAsync();
        var billed = await estate.BilledUnitsAsync(Community, Period);
        var unitsPerBuilding = billed.GroupBy(unit => unit.Value, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        Assert.True(unitsPerBuilding.Count >= 4, $"{Community} has {unitsPerBuilding.Count} building(s) with bills for {Period}; the proof needs at least 4");

        string[] store = ["--connection", estate.ConnectionString, "--job-store-provider", "postgres", "--job-store", fixture.Database!.ConnectionString, "--clustered"];
        using var nodeA = ReportingProcess.Start("A", ["worker", .. store, "--node", "A", "--threads", "1", "--out", estate.OutputFolder, "--shutdown-grace", "20"]);
        using var nodeB = ReportingProcess.Start("B", ["worker", .. store, "--node", "B", "--threads", "1", "--out", estate.OutputFolder, "--shutdown-grace", "20"]);
        var clock = Stopwatch.StartNew();
        try
        {
            await WaitUntilAsync(() => Task.FromResult(nodeA.Output.Contains("worker A: started", StringComparison.Ordinal) && nodeB.Output.Contains("worker B: started", StringComparison.Ordinal)), nodeA, nodeB, "both workers to start");
            output.WriteLine(ReportingProcess.RunToEnd(TimeSpan.FromSeconds(90), ["jobs", "trigger", "fee-notices", "--period", Period, "--community", Community, .. store]));

            // Kill A while it is inside a building job that it has started but not finished, so B must take that building over.
            // The building comes from Quartz first and the register is read second, just before the kill: read the other way
            // round, A could finish the building between the two reads (CI saw a kill in a building A had not yet written to).
            string? victim = null;
            await WaitUntilAsync(
                async () =>
                {
                    var executing = await ExecutingBuildingsAsync("A");
                    var notices = await estate.NoticesAsync(Period);
                    Assert.False(notices.Count == 2 * billed.Count, "the batch finished before worker A could be killed mid-way; nothing was proven");
                    foreach (var building in executing)
                    {
                        var inBuilding = notices.Where(row => billed.GetValueOrDefault(row.Subject) == building).ToList();
                        var byA = inBuilding.Count(row => row.GeneratedBy == "worker:A");
                        // In the building's first half: A keeps writing while the kill takes effect, and must not finish it.
                        if (byA > 0 && inBuilding.Count <= unitsPerBuilding.GetValueOrDefault(building))
                        {
                            nodeA.KillHard();
                            victim = building;
                            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: killed worker A (SIGKILL) in building {building} after {inBuilding.Count} of {2 * unitsPerBuilding[building]} files ({byA} by A); {notices.Count} notice files registered in all");
                            return true;
                        }
                    }

                    return false;
                },
                nodeA,
                nodeB,
                "worker A to register a notice while inside an unfinished building");

            await WaitUntilAsync(async () => (await estate.NoticesAsync(Period)).Count >= 2 * billed.Count, null, nodeB, "the register to hold every billed unit's notice");
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s: every notice registered");

            var rows = await estate.NoticesAsync(Period);
            Assert.Equal(2 * billed.Count, rows.Count);
            Assert.Equal(billed.Count, rows.Where(row => row.Format == "pdf").Select(row => row.Subject).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(billed.Count, rows.Where(row => row.Format == "docx").Select(row => row.Subject).Distinct(StringComparer.Ordinal).Count());
            Assert.All(rows, row => Assert.True(billed.ContainsKey(row.Subject), $"{row.ArchiveNumber}: subject {row.Subject} is not a billed unit of {Community}"));

            // Exactly once on disk: each registered notice file at one path with the registered hash, and no notice file the register does not know.
            var onDisk = estate.FilesOnDisk();
            foreach (var row in rows)
            {
                var name = Path.GetFileName(row.FileName);
                Assert.True(onDisk.TryGetValue(name, out var paths), $"{row.ArchiveNumber} ({row.Format}): {name} is not on disk");
                Assert.True(paths!.Count == 1, $"{name} is on disk {paths.Count} times: {string.Join(", ", paths)}");
                Assert.Equal(row.Sha256, SampleEstate.Sha256(paths[0]));
            }

            var others = await estate.OtherRegisteredFileNamesAsync();
            var registered = rows.Select(row => Path.GetFileName(row.FileName)).ToHashSet(StringComparer.Ordinal);
            Assert.DoesNotContain(onDisk.Keys, name => !registered.Contains(name) && !others.Contains(name));

            // Both nodes did work, and B finished the building A died in (recovery), next to A's own notices there.
            var byNode = rows.GroupBy(row => row.GeneratedBy, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
            output.WriteLine("notice files by node: " + string.Join(", ", byNode.Select(pair => $"{pair.Key} {pair.Value}")));
            Assert.Contains("worker:A", byNode.Keys);
            Assert.Contains("worker:B", byNode.Keys);
            var victimRows = rows.Where(row => billed[row.Subject] == victim).ToList();
            Assert.Equal(2 * unitsPerBuilding[victim!], victimRows.Count);
            Assert.Contains(victimRows, row => row.GeneratedBy == "worker:B");
            Assert.Contains(victimRows, row => row.GeneratedBy == "worker:A");
            Assert.Empty(await ExecutingBuildingsAsync("A"));
        }
        finally
        {
            nodeA.KillHard();
            var exit = nodeB.Terminate(TimeSpan.FromSeconds(40));
            output.WriteLine("--- worker A ---\n" + nodeA.Output + "\n--- worker B ---\n" + nodeB.Output);
            Assert.True(exit == 0, $"worker B did not stop gracefully on SIGTERM (exit {exit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none within 40 s"})");
        }

        output.WriteLine($"cluster proof: {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>Buildings whose fee-notice job the node is executing now, from Quartz's fired-trigger table.</summary>
    private async Task<IReadOnlyList<string>> ExecutingBuildingsAsync(string node)
    {
        await using var connection = new NpgsqlConnection(fixture.Database!.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT job_name FROM qrtz_fired_triggers WHERE instance_name = @node AND job_group = 'fee-notices' AND state = 'EXECUTING'";
        command.Parameters.AddWithValue("node", node);
        await using var reader = await command.ExecuteReaderAsync();
        var buildings = new List<string>();
        while (await reader.ReadAsync())
        {
            // fee-notices.<period>.<building>
            var name = reader.GetString(0);
            buildings.Add(name[(name.LastIndexOf('.') + 1)..]);
        }

        return buildings;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, ReportingProcess? first, ReportingProcess second, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            foreach (var process in new[] { first, second })
            {
                if (process is { HasExited: true })
                {
                    throw new Xunit.Sdk.XunitException($"worker {process.Name} exited ({process.ExitCode}) while waiting for {what}:\n{process.Output}");
                }
            }

            if (deadline.Elapsed > Bound)
            {
                throw new Xunit.Sdk.XunitException($"gave up after {Bound.TotalSeconds:0} s waiting for {what}");
            }

            await Task.Delay(50);
        }
    }
}
