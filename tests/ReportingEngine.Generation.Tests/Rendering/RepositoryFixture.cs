using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Generation.Tests.Rendering;

/// <summary>One renderer over the repository's real templates, shared by a test class.</summary>
public sealed class RepositoryFixture
{
    public RepositoryFixture()
    {
        Layout = RepositoryLayout.Discover(AppContext.BaseDirectory);
        Renderer = new DocumentRenderer(Layout);
    }

    public RepositoryLayout Layout { get; }

    public DocumentRenderer Renderer { get; }
}
