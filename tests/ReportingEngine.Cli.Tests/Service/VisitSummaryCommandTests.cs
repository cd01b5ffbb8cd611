namespace ReportingEngine.Cli.Tests.Service;

/// <summary><c>reporting generate visit-summary</c> (R-VIS-1): bad input gives a clear message naming its option and exit ≠ 0.</summary>
public sealed class VisitSummaryCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "re-visit-cli-" + Guid.NewGuid().ToString("N"));

    private string Out => Path.Combine(folder, "service");

    [Theory]
    [InlineData("2026Q5")]
    [InlineData("2026-Q3")]
    [InlineData("26Q3")]
    public void A_quarter_that_is_not_YYYYQn_is_refused_before_anything_is_read(string quarter)
    {
        var (exit, _, error) = Cli.Run("generate", "visit-summary", "--community", "C01", "--quarter", quarter, "--out", Out, "--connection", "Data Source=" + Path.Combine(folder, "missing.db"));

        Assert.NotEqual(0, exit);
        Assert.Contains($"--quarter {quarter}: error: expected a quarter YYYYQn (e.g. 2026Q3)", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void An_unknown_community_lists_the_known_ones_and_a_known_one_gets_its_R_VIS_1_summary()
    {
        var database = "Data Source=" + Path.Combine(folder, "estate.db");
        Directory.CreateDirectory(folder);
        var init = Cli.Run("db", "init", "--sample", "--connection", database);
        Assert.True(init.ExitCode == 0, init.Error);

        var (exit, _, error) = Cli.Run("generate", "visit-summary", "--community", "C99", "--quarter", "2026Q1", "--out", Out, "--connection", database);
        Assert.NotEqual(0, exit);
        Assert.Contains("--community C99: error: no such community; the data has C01, C02, C03", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));

        // R-VIS-1: C02 made no visit in January 2026 — the note says one month went without the manager
        var (ok, output, okError) = Cli.Run("generate", "visit-summary", "--community", "C02", "--quarter", "2026Q1", "--format", "pdf", "--out", Out, "--connection", database);
        Assert.True(ok == 0, okError);
        Assert.Contains("C02 2026Q1: 5 visit(s) to 5 household(s), manager on 2, 1 month(s) without the manager (R-VIS-1)", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Out, "C02", "visit-summary", "visit-summary-ZFHZ-2026Q1-C02.pdf")));
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
