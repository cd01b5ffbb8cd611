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
