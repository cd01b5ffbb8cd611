using ReportingEngine.Documents.Pdf.Fonts;
using ReportingEngine.Documents.Pdf.Layout.Text;

namespace ReportingEngine.Documents.Pdf.Tests.Layout.Fakes;

/// <summary>A face with fixed advances: ideographs and CJK punctuation 1000, everything else 500.</summary>
internal sealed class FakeFontFace(string name, Func<int, bool>? hasGlyph = null) : IFontFace
{
    private readonly Func<int, bool> hasGlyph = hasGlyph ?? (_ => true);

    public string Name { get; } = name;

    public double Ascent => 880;

    public double Descent => -120;

    public bool HasGlyph(int codePoint) => hasGlyph(codePoint);

    public double GetAdvance(int codePoint) => Kinsoku.IsBreakableEitherSide(codePoint) || codePoint == 0x3000 ? 1000 : 500;

    public override string ToString() => Name;
}
