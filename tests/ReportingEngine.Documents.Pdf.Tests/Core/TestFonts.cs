using ReportingEngine.Documents.Pdf.Fonts;

namespace ReportingEngine.Documents.Pdf.Tests.Core;

/// <summary>The two regulation faces through the real provider (fonts-wqy-zenhei and fonts-arphic-uming must be installed; CI installs them).</summary>
internal static class TestFonts
{
    public static TrueTypeFace Hei => SystemFontProvider.Default.GetTrueTypeFace("黑体");

    public static TrueTypeFace Song => SystemFontProvider.Default.GetTrueTypeFace("宋体");
}
