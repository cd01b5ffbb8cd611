using System.Text;

namespace ReportingEngine.Templating.Tests;

public sealed class TemplateVersionTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public TemplateVersionTests()
    {
        _folder.Write("x/template.sbn", "<doc>{{ title }}</doc>\n");
        _folder.Write("x/profile.json", "{ \"page\": \"A4\" }\n");
        _folder.Write("x/sample.json", "{ \"title\": \"通知\" }\n");
        _folder.WriteBytes("x/seal.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
    }

    public void Dispose() => _folder.Dispose();

    private string Version() => _folder.Engine().LoadKind("x", CancellationToken.None).Version;

    [Fact]
    public void The_version_is_a_SHA256_hex_string_and_stable_across_loads()
    {
        var first = Version();

        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.Equal(first, Version());
    }

    [Theory]
    [InlineData("x/template.sbn", "<doc>{{ title }}</doc> \n")]
    [InlineData("x/profile.json", "{ \"page\": \"A5\" }\n")]
    [InlineData("x/sample.json", "{ \"title\": \"通告\" }\n")]
    [InlineData("x/parts/row.sbn", "<row/>")]
    [InlineData("_shared/letterhead.sbn", "<header/>")]
    [InlineData("_assets/seal.svg", "<svg/>")]
    public void Changing_or_adding_any_file_changes_the_version(string path, string content)
    {
        var before = Version();

        _folder.Write(path, content);

        Assert.NotEqual(before, Version());
    }

    [Fact]
    public void Changing_a_binary_file_changes_the_version()
    {
        var before = Version();

        _folder.WriteBytes("x/seal.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0B]);

        Assert.NotEqual(before, Version());
    }

    [Fact]
    public void Renaming_a_file_changes_the_version()
    {
        var before = Version();

        File.Move(Path.Combine(_folder.TemplatesRoot, "x/sample.json"), Path.Combine(_folder.TemplatesRoot, "x/sample2.json"));

        Assert.NotEqual(before, Version());
    }

    [Fact]
    public void A_windows_checkout_with_CRLF_and_a_BOM_has_the_same_version()
    {
        var before = Version();

        var crlf = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<doc>{{ title }}</doc>\r\n")).ToArray();
        _folder.WriteBytes("x/template.sbn", crlf);
        _folder.WriteBytes("x/sample.json", Encoding.UTF8.GetBytes("{ \"title\": \"通知\" }\r\n"));

        Assert.Equal(before, Version());
    }

    [Fact]
    public void Another_kinds_folder_and_hidden_files_do_not_change_the_version()
    {
        var before = Version();

        _folder.Write("other/template.sbn", "other");
        _folder.Write("x/.editor-swap", "scratch");

        Assert.Equal(before, Version());
    }

    [Fact]
    public void The_same_files_in_another_folder_on_another_machine_give_the_same_version()
    {
        using var copy = new TemplateFolder();
        copy.Write("x/template.sbn", "<doc>{{ title }}</doc>\n");
        copy.Write("x/profile.json", "{ \"page\": \"A4\" }\n");
        copy.Write("x/sample.json", "{ \"title\": \"通知\" }\n");
        copy.WriteBytes("x/seal.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        Assert.Equal(Version(), copy.Engine().LoadKind("x", CancellationToken.None).Version);
    }

    [Fact]
    public void The_render_result_carries_the_version_it_used_and_the_files_hashed()
    {
        var engine = _folder.Engine();
        var set = engine.LoadKind("x", CancellationToken.None);

        var result = engine.Render(set, new Dictionary<string, object?> { ["title"] = "t" }, CancellationToken.None);

        Assert.Equal(set.Version, result.TemplateVersion);
        Assert.Equal(["x/profile.json", "x/sample.json", "x/seal.png", "x/template.sbn"], set.Files);
    }

    [Fact]
    public void An_engine_keeps_its_snapshot_so_a_batch_renders_one_version()
    {
        var engine = _folder.Engine();
        var first = engine.LoadKind("x", CancellationToken.None);

        _folder.Write("x/template.sbn", "changed");

        Assert.Same(first, engine.LoadKind("x", CancellationToken.None));
        Assert.Equal("<doc>t</doc>\n", RenderAssert.Markup(engine.Render("x", new Dictionary<string, object?> { ["title"] = "t" }, CancellationToken.None)));
    }
}
