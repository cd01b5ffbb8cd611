using ReportingEngine.Generation.Rendering;

namespace ReportingEngine.Generation.Tests.Rendering;

public sealed class TemplateCheckerTests(RepositoryFixture repository) : IClassFixture<RepositoryFixture>
{
    [Fact]
    public void Every_template_in_the_repository_renders_its_sample_and_conforms_to_its_profile()
    {
        var checks = TemplateChecker.CheckAll(repository.Renderer, repository.Layout.TemplatesRoot, CancellationToken.None);

        Assert.Contains(checks, c => c.Kind == "customer-notice");
        Assert.All(checks, c => Assert.True(c.Passed, $"{c.Kind}: {string.Join(Environment.NewLine, c.Problems)}"));
        Assert.All(checks, c => Assert.NotEmpty(c.Implements));
    }

    [Fact]
    public void A_template_folder_without_a_sample_fails_the_check_with_its_path()
    {
        var root = Directory.CreateTempSubdirectory("re-templates-").FullName;
        try
        {
            var kind = Path.Combine(root, "templates", "bare");
            Directory.CreateDirectory(kind);
            File.WriteAllText(Path.Combine(root, "ReportingEngine.sln"), string.Empty);
            File.WriteAllText(Path.Combine(kind, "template.sbn"), "<document/>");
            var layout = Templates.RepositoryLayout.Discover(root);

            var check = TemplateChecker.Check(new DocumentRenderer(layout), layout.TemplatesRoot, "bare", CancellationToken.None);

            Assert.False(check.Passed);
            Assert.Contains("templates/bare/sample.json: error:", check.Problems[0], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
