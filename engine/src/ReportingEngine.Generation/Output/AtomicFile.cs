namespace ReportingEngine.Generation.Output;

/// <summary>Writes files so a reader (or a crash) never sees half a file: temp file in the same folder, then rename.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically and durably (fsync before the rename).</summary>
    public static Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        WriteAsync(path, content, flushToDisk: true, cancellationToken);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically, creating the folder.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="content">Its bytes.</param>
    /// <param name="flushToDisk">
    /// True: fsync the data before the rename, so the file survives a power cut once this returns. False: the rename
    /// is still atomic for readers and against a killed process, but a power cut may lose the last seconds of writes —
    /// only for callers that re-verify what they wrote (the fee batch re-hashes every registered file before trusting
    /// it; see docs/decisions/0003-fee-batch-throughput.md).
    /// </param>
    /// <param name="cancellationToken">Stops the write; the temp file is removed.</param>
    public static Task WriteAsync(string path, ReadOnlyMemory<byte> content, bool flushToDisk, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        try
        {
            Write(path, content.Span, flushToDisk);
            return Task.CompletedTask;
        }
        catch (Exception ex)
        {
            return Task.FromException(ex);
        }
    }

    /// <summary>
    /// The write itself, synchronous: the bytes go to the page cache in one system call (an async file stream on Linux
    /// only moves the same call to another thread, and the batch wrote two files per notice through it).
    /// </summary>
    private static void Write(string path, ReadOnlySpan<byte> content, bool flushToDisk)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Environment.ProcessId + ".tmp");
        try
        {
            using (var handle = File.OpenHandle(temp, FileMode.Create, FileAccess.Write, FileShare.None, FileOptions.None))
            {
                RandomAccess.Write(handle, content, 0);
                if (flushToDisk)
                {
                    RandomAccess.FlushToDisk(handle);
                }
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
