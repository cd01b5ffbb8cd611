namespace ReportingEngine.Cli.Tests.AuditPacks;

/// <summary><c>reporting generate audit-pack</c> with bad input: a clear message with its place, exit ≠ 0, nothing written.</summary>
public sealed class AuditPackCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "re-audit-cli-" + Guid.NewGuid().ToString("N"));

    private string Out => Path.Combine(folder, "pack");

    [Fact]
    public void An_inverted_range_is_refused_before_anything_is_read_or_written()
    {
        var (exit, _, error) = Cli.Run("generate", "audit-pack", "--community", "C01", "--from", "2026-07-01", "--to", "2026-06-30", "--out", Out, "--connection", "Data Source=" + Path.Combine(folder, "missing.db"));
        Assert.NotEqual(0, exit);
        Assert.Contains("--from 2026-07-01 --to 2026-06-30: error: the range is inverted", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_date_that_is_not_a_date_names_its_option()
    {
        var (exit, _, error) = Cli.Run("generate", "audit-pack", "--community", "C01", "--from", "2026-13-01", "--to", "2026-06-30", "--out", Out);
        Assert.NotEqual(0, exit);
        Assert.Contains("--from 2026-13-01: error: expected a date yyyy-MM-dd", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_missing_database_file_names_the_connection_setting()
    {
        var (exit, _, error) = Cli.Run("generate", "audit-pack", "--community", "C01", "--from", "2026-01-01", "--to", "2026-06-30", "--out", Out, "--connection", "Data Source=" + Path.Combine(folder, "missing.db"));
        Assert.NotEqual(0, exit);
        Assert.Contains("--connection: error:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_database_server_that_cannot_be_reached_names_the_connection_setting()
    {
        var (exit, _, error) = Cli.Run("generate", "audit-pack", "--community", "C01", "--from", "2026-01-01", "--to", "2026-06-30", "--out", Out,
            "--connection", "Server=127.0.0.1,1;Database=estate;User Id=sa;Password=x;Connect Timeout=2;Encrypt=false");
        Assert.NotEqual(0, exit);
        Assert.Contains("--connection: error:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void An_unknown_community_lists_the_known_ones_and_writes_nothing()
    {
        var database = "Data Source=" + Path.Combine(folder, "estate.db");
        Directory.CreateDirectory(folder);
        var init = Cli.Run("db", "init", "--sample", "--connection", database);
        Assert.True(init.ExitCode == 0, init.Error);
        var (exit, _, error) = Cli.Run("generate", "audit-pack", "--community", "C99", "--from", "2026-01-01", "--to", "2026-06-30", "--out", Out, "--connection", database);
        Assert.NotEqual(0, exit);
        Assert.Contains("--community C99: error: no such community; the data has C01", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
