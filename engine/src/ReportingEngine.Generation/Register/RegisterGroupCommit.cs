namespace ReportingEngine.Generation.Register;

/// <summary>
/// Group commit for a batch: entries handed in while a register transaction is committing are recorded together in
/// the next one. The first entries commit at once (no waiting for a batch to fill), later ones share the cost of a
/// commit, so a batch pays one transaction per commit time instead of one per document.
/// </summary>
/// <remarks>
/// Callers hand in entries only after their files are on disk, and await the returned task (or
/// <see cref="FlushAsync"/>) before they report the files as registered. Thread-safe.
/// </remarks>
internal sealed class RegisterGroupCommit(OutputRegister register)
{
    private readonly Lock gate = new();
    private List<(IReadOnlyList<RegisterEntry> Entries, TaskCompletionSource Done)> pending = [];
    private Task draining = Task.CompletedTask;
    private bool running;

    /// <summary>Queues entries; the task completes when they are committed (or fails with the commit's error).</summary>
    public Task RecordAsync(IReadOnlyList<RegisterEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            pending.Add((entries, done));
            if (!running)
            {
                running = true;
                draining = Task.Run(DrainAsync);
            }
        }

        return done.Task;
    }

    /// <summary>Completes when everything queued so far is committed.</summary>
    public Task FlushAsync()
    {
        lock (gate)
        {
            return running ? draining : Task.CompletedTask;
        }
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<(IReadOnlyList<RegisterEntry> Entries, TaskCompletionSource Done)> group;
            lock (gate)
            {
                if (pending.Count == 0)
                {
                    running = false;
                    return;
                }

                group = pending;
                pending = [];
            }

            try
            {
                // Files already on disk are recorded even when the batch is being cancelled: a short transaction.
                await register.RecordAsync([.. group.SelectMany(g => g.Entries)], CancellationToken.None).ConfigureAwait(false);
                foreach (var (_, done) in group)
                {
                    done.SetResult();
                }
            }
#pragma warning disable CA1031 // The failure is handed to every caller waiting for this group.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                foreach (var (_, done) in group)
                {
                    done.SetException(ex);
                }
            }
        }
    }
}
