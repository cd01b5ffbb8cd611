using System.Text;

namespace ReportingEngine.Templating.Tests;

/// <summary>A throw-away templates root in the temp folder; tests never touch the repository's templates/.</summary>
internal sealed class TemplateFolder : IDisposable
{
    public TemplateFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "re-templating-" + Guid.NewGuid().ToString("N"));
        TemplatesRoot = Path.Combine(Root, "templates");
        Directory.CreateDirectory(TemplatesRoot);
    }

    public string Root { get; }

    public string TemplatesRoot { get; }

    public TemplateFolder Write(string relativePath, string content)
    {
        var path = Path.Combine(TemplatesRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return this;
    }

    public TemplateFolder WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(TemplatesRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return this;
    }

    public TemplateEngine Engine(TemplateOptions? options = null) =>
        new((options ?? TemplateOptions.Default) with { TemplatesRoot = TemplatesRoot });

    /// <summary>Writes <c>x/template.sbn</c> and renders it once with a fresh engine.</summary>
    public RenderResult Render(string template, object? model, TemplateOptions? options = null, CancellationToken cancellationToken = default)
    {
        Write("x/template.sbn", template);
        return Engine(options).Render("x", model, cancellationToken);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over cleanup.
        }
    }
}
