namespace ReportingEngine.Cli.Tests;

public sealed class CommandLineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("re-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Render_writes_the_sample_notice_as_pdf_and_docx_and_exits_zero()
    {
        var model = Path.Combine(Cli.RepositoryRoot, "templates", "customer-notice", "sample.json");

        var (exit, output, error) = Cli.Run("render", "customer-notice", "--model", model, "--out", folder);

        Assert.True(exit == 0, error);
        Assert.Contains(".pdf", output, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(folder).Length);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_named_before_any_work_and_help_creates_no_folder()
    {
        var model = Path.Combine(Cli.RepositoryRoot, "templates", "customer-notice", "sample.json");
        var blocker = Path.Combine(folder, "a-file");
        File.WriteAllText(blocker, "");

        var (exit, _, error) = Cli.Run("render", "customer-notice", "--model", model, "--out", Path.Combine(blocker, "sub"));

        Assert.Equal(1, exit);
        Assert.Contains($"--out {Path.Combine(blocker, "sub")}: error: the folder cannot be created", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

        var (emptyExit, _, emptyError) = Cli.Run("render", "customer-notice", "--model", model, "--out", "");
        Assert.Equal(1, emptyExit);
        Assert.Contains("--out: error: the folder name is empty", emptyError, StringComparison.Ordinal);

        var asked = Path.Combine(folder, "new", "deeper");
        Assert.Equal(0, Cli.Run("render", "customer-notice", "--model", model, "--out", asked, "--help").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(folder, "new")), "--help must not leave the folder it checked");
    }

    [Fact]
    public void Render_with_a_malformed_model_names_the_file_and_position_without_a_stack_trace()
    {
        var model = Path.Combine(folder, "bad.json");
        File.WriteAllText(model, "{\n  \"title\": \"x\",,\n}");

        var (exit, _, error) = Cli.Run("render", "customer-notice", "--model", model, "--out", folder);

        Assert.Equal(1, exit);
        Assert.Contains("bad.json(2,", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_of_a_model_missing_a_field_names_the_template_place_and_writes_nothing()
    {
        var model = Path.Combine(folder, "partial.json");
        File.WriteAllText(model, "{ \"notice_kind\": \"general\" }");

        var (exit, _, error) = Cli.Run("render", "customer-notice", "--model", model, "--out", Path.Combine(folder, "out"));

        Assert.Equal(1, exit);
        Assert.Contains("templates/customer-notice/template.sbn(", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public void Check_templates_passes_for_every_template_in_the_repository()
    {
        var (exit, output, error) = Cli.Run("check", "templates");

        Assert.True(exit == 0, output + error);
        Assert.Contains("ok    customer-notice", output, StringComparison.Ordinal);
        Assert.Contains(", 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Db_init_with_a_bad_csv_reports_the_file_and_line_and_exits_non_zero()
    {
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(Path.Combine(Cli.RepositoryRoot, "sample-data"), "*.csv"))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        var units = Path.Combine(data, "units.csv");
        var lines = File.ReadAllLines(units);
        lines[1] = lines[1].Replace(lines[1].Split(',')[0], "../escape", StringComparison.Ordinal);
        File.WriteAllLines(units, lines);
        var database = Path.Combine(folder, "estate.db");

        var (exit, _, error) = Cli.Run("db", "init", "--data", data, "--connection", $"Data Source={database}");

        Assert.Equal(1, exit);
        Assert.Contains("units.csv(2)", error, StringComparison.Ordinal);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public void A_wrong_connection_string_is_an_error_that_names_the_setting()
    {
        var (exit, _, error) = Cli.Run("db", "init", "--sample", "--connection", "Nonsense=1");

        Assert.NotEqual(0, exit);
        Assert.Contains("--connection", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_verb_has_help()
    {
        foreach (var verb in new[] { new[] { "db", "init" }, ["render"], ["check", "templates"], ["generate"] })
        {
            var (exit, output, _) = Cli.Run([.. verb, "--help"]);

            Assert.Equal(0, exit);
            Assert.Contains("Usage:", output, StringComparison.Ordinal);
        }
    }
}
