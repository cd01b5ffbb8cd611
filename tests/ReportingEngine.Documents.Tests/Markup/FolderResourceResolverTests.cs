using ReportingEngine.Documents.Markup;

namespace ReportingEngine.Documents.Tests.Markup;

public sealed class FolderResourceResolverTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("re-resources-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private FolderResourceResolver Resolver()
    {
        Directory.CreateDirectory(Path.Combine(_root, "kind", "img"));
        Directory.CreateDirectory(Path.Combine(_root, "_assets"));
        File.WriteAllBytes(Path.Combine(_root, "kind", "img", "logo.png"), [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(_root, "_assets", "seal.png"), [4, 5]);
        File.WriteAllBytes(Path.Combine(_root, "secret.txt"), [9]);
        return new FolderResourceResolver(Path.Combine(_root, "kind"), Path.Combine(_root, "_assets"));
    }

    [Fact]
    public void Files_are_found_in_the_template_folder_then_in_the_assets_folder()
    {
        var resolver = Resolver();

        Assert.True(resolver.TryRead("img/logo.png", out var logo, out _));
        Assert.Equal([1, 2, 3], logo);
        Assert.True(resolver.TryRead("seal.png", out var seal, out _));
        Assert.Equal([4, 5], seal);
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("img/../../secret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("img\\logo.png")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("")]
    public void Paths_that_could_leave_the_folders_are_refused(string path)
    {
        var resolver = Resolver();

        Assert.False(resolver.TryRead(path, out var content, out var problem));
        Assert.Null(content);
        Assert.Contains("is not allowed", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_says_where_it_was_looked_for()
    {
        Assert.False(Resolver().TryRead("stamp.png", out _, out var problem));
        Assert.StartsWith("resource 'stamp.png' was not found (searched: ", problem, StringComparison.Ordinal);
    }
}
