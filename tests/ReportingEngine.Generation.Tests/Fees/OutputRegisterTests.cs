using ReportingEngine.Data.Connections;
using ReportingEngine.Generation.Register;

namespace ReportingEngine.Generation.Tests.Fees;

/// <summary>The register on an empty SQLite database: created on first use, replaced per (archive number, format), or claimed.</summary>
public sealed class OutputRegisterTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "re-register-" + Guid.NewGuid().ToString("N"));
    private readonly OutputRegister register;

    public OutputRegisterTests()
    {
        Directory.CreateDirectory(folder);
        register = new OutputRegister(EstateConnectionFactory.Create("Data Source=" + Path.Combine(folder, "r.db")));
    }

    private static RegisterEntry Entry(string sha, string format = "pdf") => new()
    {
        ArchiveNumber = "CC-2026-001-K03",
        Format = format,
        Kind = "dossier-copy",
        Subject = "C01-B01-0101",
        Period = "2026-11",
        TemplateVersion = new string('a', 64),
        DataHash = new string('b', 64),
        FileSha256 = sha,
        FileName = "CC-2026-001-K03." + format,
        ByteCount = 42,
        GeneratedAt = new DateTimeOffset(2026, 11, 25, 8, 30, 0, TimeSpan.FromHours(8)),
        GeneratedBy = "张三",
        ControlNumber = "K03",
        Recipient = "业委会",
    };

    [Fact]
    public async Task A_recorded_entry_is_found_by_archive_number_with_every_field()
    {
        var entry = Entry(new string('c', 64));
        await register.RecordAsync([entry], CancellationToken.None);
        var found = Assert.Single(await register.FindAsync("CC-2026-001-K03", CancellationToken.None));
        Assert.Equal(entry with { GeneratedAt = entry.GeneratedAt.ToUniversalTime() }, found);
        Assert.Equal(TimeSpan.Zero, found.GeneratedAt.Offset);
    }

    [Fact]
    public async Task An_entry_records_the_engine_build_that_wrote_it()
    {
        await register.RecordAsync([Entry(new string('c', 64))], CancellationToken.None);
        var found = Assert.Single(await register.FindAsync("CC-2026-001-K03", CancellationToken.None));
        Assert.Equal(EngineBuild.Current, found.EngineBuild);
        Assert.Matches(@"^\d+\.\d+\.\d+", found.EngineBuild);
    }

    [Fact]
    public async Task A_register_created_before_engine_builds_were_recorded_gains_the_column_and_keeps_its_rows()
    {
        var path = Path.Combine(folder, "old.db");
        using (var old = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path + ";Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE output_register (archive_number TEXT NOT NULL, format TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL,
                    period TEXT NOT NULL, template_version TEXT NOT NULL, data_hash TEXT NOT NULL, file_sha256 TEXT NOT NULL, file_name TEXT NOT NULL,
                    byte_count INTEGER NOT NULL, generated_at TEXT NOT NULL, generated_by TEXT NOT NULL, control_number TEXT NULL, recipient TEXT NULL,
                    PRIMARY KEY (archive_number, format));
                INSERT INTO output_register VALUES ('FN-2026-09-C01-B01-0101', 'pdf', 'fee-notice', 'C01-B01-0101', '2026-09', 'a', 'b', 'c', 'FN.pdf', 1, '2026-09-15T00:00:00.0000000Z', 'batch', NULL, NULL);
                """;
            create.ExecuteNonQuery();
        }

        // Two registers starting at once (two workers) both upgrade: neither fails.
        var first = new OutputRegister(EstateConnectionFactory.Create("Data Source=" + path));
        var second = new OutputRegister(EstateConnectionFactory.Create("Data Source=" + path));
        await Task.WhenAll(first.EnsureCreatedAsync(CancellationToken.None), second.EnsureCreatedAsync(CancellationToken.None));

        Assert.Null(Assert.Single(await first.FindAsync("FN-2026-09-C01-B01-0101", CancellationToken.None)).EngineBuild);
        await first.RecordAsync([Entry(new string('c', 64))], CancellationToken.None);
        Assert.Equal(EngineBuild.Current, Assert.Single(await second.FindAsync("CC-2026-001-K03", CancellationToken.None)).EngineBuild);
    }

    [Fact]
    public async Task Recording_the_same_archive_number_and_format_again_replaces_the_entry()
    {
        await register.RecordAsync([Entry(new string('c', 64)), Entry(new string('e', 64), "docx")], CancellationToken.None);
        await register.RecordAsync([Entry(new string('d', 64))], CancellationToken.None);
        var found = await register.FindAsync("CC-2026-001-K03", CancellationToken.None);
        Assert.Equal(["docx", "pdf"], found.Select(e => e.Format));
        Assert.Equal(new string('d', 64), found.Single(e => e.Format == "pdf").FileSha256);
    }

    [Fact]
    public async Task A_claim_on_a_taken_number_records_nothing_and_leaves_the_first_claim_as_it_was()
    {
        // R-ACC-3: a controlled copy's number is claimed, never replaced.
        Assert.True(await register.ClaimAsync([Entry(new string('c', 64))], CancellationToken.None));

        var taken = await register.ClaimAsync([Entry(new string('e', 64), "docx") with { ArchiveNumber = "CC-2026-001-K04" }, Entry(new string('d', 64))], CancellationToken.None);

        Assert.False(taken);
        Assert.Empty(await register.FindAsync("CC-2026-001-K04", CancellationToken.None)); // all or none
        Assert.Equal(new string('c', 64), Assert.Single(await register.FindAsync("CC-2026-001-K03", CancellationToken.None)).FileSha256);
    }

    [Fact]
    public async Task A_file_is_authentic_only_when_its_exact_bytes_were_registered()
    {
        var path = Path.Combine(folder, "x.pdf");
        await File.WriteAllBytesAsync(path, [1, 2, 3]);
        Assert.False((await register.VerifyAsync(path, CancellationToken.None)).IsAuthentic);
        await register.RecordAsync([Entry(ContentHash.Sha256([1, 2, 3]))], CancellationToken.None);
        var verification = await register.VerifyAsync(path, CancellationToken.None);
        Assert.True(verification.IsAuthentic);
        Assert.Equal("K03", Assert.Single(verification.Entries).ControlNumber);
    }

    [Fact]
    public async Task Many_archive_numbers_are_found_across_query_chunks_and_only_those()
    {
        var numbers = Enumerable.Range(0, RegisterQueries.MaxListed + 7).Select(i => $"FN-2026-11-U{i:0000}").ToList();
        await register.RecordAsync([.. numbers.Select(n => Entry(new string('c', 64)) with { ArchiveNumber = n }), Entry(new string('d', 64)) with { ArchiveNumber = "FN-2026-11-OTHER" }], CancellationToken.None);

        var asked = numbers.Append("FN-2026-11-MISSING").Append(numbers[0]).ToList();
        var found = await register.FindManyAsync(asked, CancellationToken.None);

        Assert.Equal(numbers.Order(StringComparer.Ordinal), found.Select(e => e.ArchiveNumber).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
