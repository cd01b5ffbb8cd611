using Microsoft.Data.Sqlite;
using ReportingEngine.Data.Connections;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Generation.Tests.Fees;

/// <summary>
/// Two scheduler workers share one SQLite estate database: a register write meeting another process's write lock
/// waits and then succeeds, and the batch's group commit records every entry handed to it.
/// </summary>
public sealed class RegisterConcurrencyTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "re-register-busy-" + Guid.NewGuid().ToString("N"));
    private readonly string path;
    private readonly OutputRegister register;

    public RegisterConcurrencyTests()
    {
        Directory.CreateDirectory(folder);
        path = Path.Combine(folder, "r.db");
        register = new OutputRegister(EstateConnectionFactory.Create("Data Source=" + path));
    }

    private static RegisterEntry Entry(string archiveNumber) => new()
    {
        ArchiveNumber = archiveNumber,
        Format = "pdf",
        Kind = "fee-notice",
        Subject = "C01-B01-0101",
        Period = "2026-10",
        TemplateVersion = new string('a', 64),
        DataHash = new string('b', 64),
        FileSha256 = new string('c', 64),
        FileName = archiveNumber + ".pdf",
        ByteCount = 42,
        GeneratedAt = new DateTimeOffset(2026, 10, 15, 8, 0, 0, TimeSpan.Zero),
        GeneratedBy = "worker-1",
    };

    [Fact]
    public async Task A_register_write_waits_for_another_connections_write_lock_and_then_succeeds()
    {
        await register.EnsureCreatedAsync(CancellationToken.None);

        // Another "process": a separate, unpooled connection holding the database's write lock.
        using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        other.Open();
        using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE; INSERT INTO output_register (archive_number, format, kind, subject, period, template_version, data_hash, file_sha256, file_name, byte_count, generated_at, generated_by) VALUES ('FN-OTHER', 'pdf', 'fee-notice', 'x', '2026-10', 'a', 'b', 'c', 'n', 1, '2026-10-15T00:00:00.0000000Z', 'worker-2');";
            begin.ExecuteNonQuery();
        }

        var write = register.RecordAsync([Entry("FN-2026-10-C01-B01-0101")], CancellationToken.None);
        await Task.Delay(700);
        Assert.False(write.IsCompleted, "the write should be waiting for the other connection's lock");

        using (var commit = other.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            commit.ExecuteNonQuery();
        }

        await write.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Single(await register.FindAsync("FN-2026-10-C01-B01-0101", CancellationToken.None));
        Assert.Single(await register.FindAsync("FN-OTHER", CancellationToken.None));
    }

    [Fact]
    public async Task Group_commit_records_every_entry_handed_in_from_parallel_writers()
    {
        var commits = new RegisterGroupCommit(register);
        var tasks = Enumerable.Range(0, 200)
            .AsParallel()
            .Select(i => commits.RecordAsync([Entry($"FN-2026-10-U{i:000}")]))
            .ToList();

        await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(120));
        await commits.FlushAsync();

        var entries = await register.ListAsync("fee-notice", "2026-10", CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"FN-2026-10-U{i:000}"), entries.Select(e => e.ArchiveNumber));
    }

    [Fact]
    public async Task Group_commit_hands_a_failed_commit_to_every_waiting_writer()
    {
        var commits = new RegisterGroupCommit(register);
        var broken = Entry("FN-BAD") with { FileName = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => commits.RecordAsync([broken]).WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Empty(await register.FindAsync("FN-BAD", CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
