using ReportingEngine.Scheduling.History;

namespace ReportingEngine.Scheduling.Tests.Jobs;

/// <summary>Waits for runs to be recorded: polls the run history, failing after a generous bound (never a timing assertion).</summary>
internal static class RunWaiting
{
    public static async Task<IReadOnlyList<RunRecord>> UntilAsync(RunHistory history, Func<IReadOnlyList<RunRecord>, bool> done, string what)
    {
        var bound = TimeSpan.FromSeconds(120);
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var runs = await history.LatestAsync(100, CancellationToken.None);
            if (done(runs))
            {
                return runs;
            }

            if (TimeProvider.System.GetElapsedTime(started) > bound)
            {
                Assert.Fail($"{what}: not seen within {bound.TotalSeconds} s; runs: {string.Join(" | ", runs.Select(r => $"{r.JobKey} {r.Outcome} {r.Message}"))}");
            }

            await Task.Delay(100);
        }
    }

    public static bool Finished(RunRecord run) => run.Outcome != RunOutcome.Running;
}
