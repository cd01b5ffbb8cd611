using ReportingEngine.Documents.Pdf.Fonts;

namespace ReportingEngine.Documents.Pdf.Tests.Layout.Fakes;

/// <summary>Faces by family; unknown families throw like the real provider.</summary>
internal sealed class FakeFontProvider : IFontProvider
{
    private readonly Dictionary<string, IFontFace> faces;

    public FakeFontProvider(Dictionary<string, IFontFace>? faces = null)
    {
        this.faces = faces ?? new Dictionary<string, IFontFace>(StringComparer.Ordinal)
        {
            ["宋体"] = new FakeFontFace("FakeSong"),
            ["黑体"] = new FakeFontFace("FakeHei"),
        };
    }

    public static FakeFontProvider Default { get; } = new();

    public IFontFace GetFace(string family) =>
        faces.TryGetValue(family, out var face) ? face : throw new FontNotFoundException($"font {family} is not installed (apt-get install fonts-fake)");
}
