using System.Text;
using ReportingEngine.Documents.Pdf.Fonts;
using Xunit;
using Xunit.Abstractions;

namespace ReportingEngine.Documents.Pdf.Tests.Core;

public sealed class FontTests(ITestOutputHelper output)
{
    [Fact]
    public void The_regulation_fonts_resolve_to_the_Debian_stand_ins()
    {
        Assert.Equal("WenQuanYiZenHei", TestFonts.Hei.Name);
        Assert.Equal("AR PL UMing CN", TestFonts.Song.FamilyName);
        Assert.Equal("UMingCN", TestFonts.Song.Name);
        Assert.Equal(0, TestFonts.Song.FaceIndex);
        Assert.Same(TestFonts.Song, SystemFontProvider.Default.GetFace("仿宋")); // 仿宋 falls back to the 宋体 face
        Assert.Same(TestFonts.Hei, SystemFontProvider.Default.GetFace("SimHei"));
    }

    [Fact]
    public void Faces_are_parsed_once_and_shared()
    {
        Assert.Same(SystemFontProvider.Default.GetFace("黑体"), new SystemFontProvider(FontOptions.Default).GetFace("黑体"));
    }

    [Fact]
    public void Metrics_are_in_thousandths_of_an_em()
    {
        var song = TestFonts.Song;
        Assert.Equal(1000, song.GetAdvance('业'), 0);
        Assert.InRange(song.GetAdvance('i'), 100, 700);
        Assert.True(song.Ascent > 700 && song.Ascent <= 1100, $"ascent {song.Ascent}");
        Assert.True(song.Descent < 0, $"descent {song.Descent}");
        Assert.True(song.HasGlyph('档'));
        Assert.False(song.HasGlyph(0xE000)); // private use
        Assert.Equal(song.GetGlyphAdvance(0), song.GetAdvance(0xE000));
    }

    [Fact]
    public void A_missing_font_file_names_the_font_and_the_apt_package()
    {
        var options = FontOptions.Default with
        {
            SearchDirectories = [],
            Families = new Dictionary<string, FontSource>(StringComparer.Ordinal)
            {
                ["黑体"] = new("/nonexistent/wqy-zenhei-missing.ttc", "WenQuanYi Zen Hei", "fonts-wqy-zenhei") { DisplayName = "WenQuanYi Zen Hei" },
            },
        };
        var error = Assert.Throws<FontNotFoundException>(() => new SystemFontProvider(options).GetFace("黑体"));
        Assert.StartsWith("font 黑体 (WenQuanYi Zen Hei) not found: install it with 'apt-get install fonts-wqy-zenhei' or set FontOptions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_family_lists_the_known_ones()
    {
        var error = Assert.Throws<FontNotFoundException>(() => SystemFontProvider.Default.GetFace("隶书"));
        Assert.Contains("隶书", error.Message, StringComparison.Ordinal);
        Assert.Contains("黑体", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_face_name_the_collection_lacks_is_a_clear_error()
    {
        var options = FontOptions.Default with
        {
            Families = new Dictionary<string, FontSource>(StringComparer.Ordinal)
            {
                ["宋体"] = new("/usr/share/fonts/truetype/arphic/uming.ttc", "AR PL Nonexistent", "fonts-arphic-uming"),
            },
        };
        var error = Assert.Throws<FontNotFoundException>(() => new SystemFontProvider(options).GetFace("宋体"));
        Assert.Contains("no face named 'AR PL Nonexistent'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_symbol_fallback_face_has_the_checkboxes_the_CJK_faces_lack()
    {
        var symbols = SystemFontProvider.Default.GetFace("DejaVu Sans");
        Assert.Equal("DejaVuSans", symbols.Name);
        Assert.All(new[] { 0x2610, 0x2611, 0x2713 }, cp => Assert.True(symbols.HasGlyph(cp), $"U+{cp:X4}"));
    }

    [Fact]
    public void Kai_resolves_when_installed_and_otherwise_names_its_package()
    {
        try
        {
            var kai = SystemFontProvider.Default.GetTrueTypeFace("楷体");
            Assert.Equal("AR PL UKai CN", kai.FamilyName);
        }
        catch (FontNotFoundException error)
        {
            output.WriteLine(error.Message);
            Assert.StartsWith("font 楷体 (AR PL UKai CN) not found: install it with 'apt-get install fonts-arphic-ukai'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_CFF_outline_font_is_refused_with_a_reason()
    {
        var otto = new byte[64];
        Encoding.ASCII.GetBytes("OTTO").CopyTo(otto, 0);
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Load(otto, 0, "NotoSansCJK-Regular.otf"));
        Assert.Contains("CFF-outline", error.Message, StringComparison.Ordinal);
        Assert.Contains("TrueType outlines only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CFF_outline_font_from_the_system_is_refused_when_installed()
    {
        var noto = new[] { "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc" }.FirstOrDefault(File.Exists);
        if (noto is null)
        {
            output.WriteLine("fonts-noto-cjk not installed: the hand-made OTTO header test covers the refusal");
            return;
        }

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Load(File.ReadAllBytes(noto), 0, Path.GetFileName(noto)));
        Assert.Contains("CFF-outline", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_or_corrupt_font_files_are_format_errors_not_crashes()
    {
        var subset = TrueTypeSubsetter.Subset(TestFonts.Hei, [TestFonts.Hei.GetGlyphId('档')]).Data.ToArray();
        var random = new Random(3);
        for (var length = 0; length < subset.Length; length += 97)
        {
            Assert.Throws<InvalidDataException>(() => TrueTypeFace.Load(subset[..length], 0, "cut.ttf"));
        }

        for (var i = 0; i < 200; i++)
        {
            var damaged = (byte[])subset.Clone();
            for (var k = 0; k < 8; k++)
            {
                damaged[random.Next(12, 12 + (16 * 12))] = (byte)random.Next(256); // the table directory
            }

            try
            {
                TrueTypeFace.Load(damaged, 0, "damaged.ttf");
            }
            catch (InvalidDataException)
            {
                // expected for most damage; some bytes (checksums) do not matter
            }
        }
    }

    [Theory]
    [InlineData(0x2610, "☐")]
    [InlineData(0x2611, "☑")]
    [InlineData(0x2713, "✓")]
    [InlineData(0x25CF, "●")]
    [InlineData(0x25A0, "■")]
    [InlineData(0xFF0C, "，")]
    [InlineData(0x3002, "。")]
    [InlineData(0xFF1A, "：")]
    [InlineData(0x300A, "《")]
    [InlineData(0x2014, "—")]
    [InlineData(0x00A5, "¥")]
    [InlineData(0xFF65, "･")]
    public void Coverage_of_symbols_and_punctuation_is_reported(int codePoint, string symbol)
    {
        // Informational for the layout (which must fall back when a face lacks a symbol); asserts the
        // ones the layout relies on: CJK punctuation in both faces.
        var hei = TestFonts.Hei.HasGlyph(codePoint);
        var song = TestFonts.Song.HasGlyph(codePoint);
        output.WriteLine($"U+{codePoint:X4} {symbol}: 黑体/WenQuanYi Zen Hei={hei}, 宋体/AR PL UMing CN={song}");
        if (codePoint is 0xFF0C or 0x3002 or 0xFF1A or 0x300A)
        {
            Assert.True(hei && song);
        }
    }
}
