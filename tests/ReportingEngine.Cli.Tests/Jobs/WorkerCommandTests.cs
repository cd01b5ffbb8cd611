namespace ReportingEngine.Cli.Tests.Jobs;

/// <summary><c>reporting worker</c> and <c>reporting jobs</c> as a user runs them: separate processes, exit codes, one-line errors.</summary>
public sealed class WorkerCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "re-cli-jobs-" + Guid.NewGuid().ToString("N"));

    public WorkerCommandTests()
    {
        Directory.CreateDirectory(folder);
    }

    private string Connection => "Data Source=" + Path.Combine(folder, "estate.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_worker_whose_job_store_cannot_be_reached_says_so_naming_the_option_and_fails()
    {
        InitEstate();
        var (exit, output, error) = Cli.Run("worker", "--connection", Connection, "--job-store-provider", "postgres",
            "--job-store", "Host=127.0.0.1;Port=1;Database=jobs;Username=quartz;Password=secret;Timeout=3", "--node", "A");

        Assert.NotEqual(0, exit);
        Assert.StartsWith("--job-store: error:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("started", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clustered_worker_on_sqlite_is_refused_before_it_starts()
    {
        InitEstate();
        var (exit, _, error) = Cli.Run("worker", "--connection", Connection, "--clustered", "--node", "A");

        Assert.Equal(1, exit);
        Assert.StartsWith("--job-store: error:", error, StringComparison.Ordinal);
        Assert.Contains("SQLite", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_in_interval_that_is_not_a_positive_number_of_seconds_is_refused_with_the_option_named()
    {
        InitEstate();
        var (exit, output, error) = Cli.Run("worker", "--connection", Connection, "--checkin-interval", "0");

        Assert.NotEqual(0, exit);
        Assert.StartsWith("--checkin-interval: error:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("started", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_without_its_estate_database_names_the_connection_setting()
    {
        var (exit, _, error) = Cli.Run("worker", "--connection", "Data Source=" + Path.Combine(folder, "missing.db"));

        Assert.Equal(1, exit);
        Assert.StartsWith("--connection: error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_calendar_file_is_reported_with_file_line_and_column()
    {
        var calendar = Path.Combine(folder, "calendar.json");
        File.WriteAllText(calendar, "{\n  \"jobs\": {\n    \"fee-notices\": { \"cron\": \"0 0 5 32 * ?\" }\n  }\n}\n");
        var (exit, _, error) = Cli.Run("worker", "--calendar", calendar, "--connection", Connection);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{calendar}(3,30): error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_runs_an_enqueued_job_lists_it_and_stops_gracefully_on_sigterm_with_exit_zero() // R-ACC-5
    {
        InitEstate();
        var output = Path.Combine(folder, "out");
        using var worker = new WorkerProcess("--connection", Connection, "--out", output, "--node", "cli-test", "--threads", "1");
        worker.WaitFor("worker cli-test: started");

        var trigger = Cli.Run("jobs", "trigger", "borrowings-report", "--community", "C03", "--date", "2026-11-04", "--connection", Connection);
        Assert.True(trigger.ExitCode == 0, trigger.Error);
        Assert.Contains("enqueued to fire now", trigger.Output, StringComparison.Ordinal);

        var listing = WaitForListing("succeeded");
        Assert.Contains("calendar.fee-notices", listing, StringComparison.Ordinal);
        Assert.Contains("R-FEE-2", listing, StringComparison.Ordinal);
        Assert.Contains("cli-test", listing, StringComparison.Ordinal);
        Assert.Contains("1 document(s)", listing, StringComparison.Ordinal);

        Assert.Equal(0, worker.Terminate());
        Assert.Contains("worker cli-test: stopped", worker.Output, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(output, "*.pdf", SearchOption.AllDirectories));
    }

    [Fact]
    public void Triggering_an_unknown_kind_or_a_bad_period_fails_with_the_option_named()
    {
        var unknown = Cli.Run("jobs", "trigger", "fee-notice", "--period", "2026-10");
        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("kind: error: unknown job kind 'fee-notice'", unknown.Error, StringComparison.Ordinal);

        var period = Cli.Run("jobs", "trigger", "fee-notices", "--period", "2026-13");
        Assert.Equal(1, period.ExitCode);
        Assert.StartsWith("--period: error:", period.Error, StringComparison.Ordinal);
    }

    private string WaitForListing(string text)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var (exit, output, error) = Cli.Run("jobs", "--connection", Connection);
            Assert.True(exit == 0, error);
            if (output.Contains(text, StringComparison.Ordinal))
            {
                return output;
            }

            Assert.True(started.Elapsed < TimeSpan.FromMinutes(2), $"'reporting jobs' never showed '{text}':\n{output}");
            Thread.Sleep(1000);
        }
    }

    private void InitEstate()
    {
        var (exit, _, error) = Cli.Run("db", "init", "--sample", "--connection", Connection);
        Assert.True(exit == 0, error);
    }
}
