using System.Text;
using ReportingEngine.Documents.Pdf.Drawing;
using UglyToad.PdfPig;
using Xunit;
using Xunit.Abstractions;

namespace ReportingEngine.Documents.Pdf.Tests.Core;

public sealed class PdfBuilderTests(ITestOutputHelper output)
{
    [Fact]
    public void Two_builds_are_byte_identical()
    {
        Assert.Equal(SamplePdf.Build(), SamplePdf.Build());
    }

    [Fact]
    public void Parallel_builds_sharing_the_faces_give_the_same_bytes()
    {
        var expected = SamplePdf.Build();
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = SamplePdf.Build());
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Save_observes_cancellation()
    {
        var builder = new PdfBuilder();
        builder.AddPage(200, 200).DrawText(TestFonts.Song, 12, 10, 20, "取消", TextPaint.Default);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => builder.Save(Stream.Null, SamplePdf.Metadata, cancelled.Token));
    }

    [Fact]
    public void Supplementary_plane_characters_extract_exactly()
    {
        // U+10300 (𐌀, Old Italic) is outside the BMP: one CID, a surrogate pair in ToUnicode, a format 12 cmap in the subset.
        var face = ReportingEngine.Documents.Pdf.Fonts.SystemFontProvider.Default.GetTrueTypeFace("DejaVu Sans");
        Assert.True(face.HasGlyph(0x10300));
        var builder = new PdfBuilder();
        builder.AddPage(200, 200).DrawText(face, 12, 10, 20, "A𐌀B", TextPaint.Default);
        using var stream = new MemoryStream();
        builder.Save(stream, SamplePdf.Metadata);
        using var document = PdfDocument.Open(stream.ToArray());
        Assert.Equal(["A", "𐌀", "B"], document.GetPage(1).Letters.Select(l => l.Value));
        var subset = ReportingEngine.Documents.Pdf.Fonts.TrueTypeFace.Load(
            ReportingEngine.Documents.Pdf.Fonts.TrueTypeSubsetter.Subset(face, [face.GetGlyphId('A'), face.GetGlyphId(0x10300)], new Dictionary<int, int> { ['A'] = 1, [0x10300] = 2 }).Data.ToArray(), 0, "subset");
        Assert.Equal(2, subset.GetGlyphId(0x10300));
        Assert.Equal(1, subset.GetGlyphId('A'));
    }

    [Fact]
    public void Two_characters_drawn_with_one_glyph_each_extract_as_themselves()
    {
        // Fonts map e.g. Ω (U+2126 ohm) and Ω (U+03A9 omega), or a Kangxi radical and its ideograph, to one outline. Each character
        // gets its own CID, or extraction would turn one into the other (the SkiaSharp defect in DESIGN.md).
        var (face, first, second) = FindSharedGlyph();
        output.WriteLine($"{face.Name}: U+{first:X4} and U+{second:X4} share glyph {face.GetGlyphId(first)}");
        var text = char.ConvertFromUtf32(first) + char.ConvertFromUtf32(second) + char.ConvertFromUtf32(first);
        var builder = new PdfBuilder();
        builder.AddPage(200, 200).DrawText(face, 12, 10, 20, text, TextPaint.Default);
        using var stream = new MemoryStream();
        builder.Save(stream, SamplePdf.Metadata);
        using var document = PdfDocument.Open(stream.ToArray());
        Assert.Equal(text, string.Concat(document.GetPage(1).Letters.Select(l => l.Value)));
    }

    [Fact]
    public void The_document_id_changes_the_file_id()
    {
        var a = SamplePdf.Build(secondPage: false);
        var builder = new PdfBuilder();
        builder.AddPage(595.28, 841.89).DrawText(TestFonts.Song, 12, 72, 140, SamplePdf.BodyLine, TextPaint.Default);
        using var one = new MemoryStream();
        builder.Save(one, SamplePdf.Metadata);
        builder = new PdfBuilder();
        builder.AddPage(595.28, 841.89).DrawText(TestFonts.Song, 12, 72, 140, SamplePdf.BodyLine, TextPaint.Default);
        using var two = new MemoryStream();
        builder.Save(two, SamplePdf.Metadata with { DocumentId = "DOC-2026-0002" });
        Assert.NotEqual(TrailerId(one.ToArray()), TrailerId(two.ToArray()));
        Assert.NotEqual(TrailerId(a), TrailerId(one.ToArray()));
    }

    [Fact]
    public void One_page_of_text_is_smaller_than_100_KB()
    {
        var builder = new PdfBuilder();
        var page = builder.AddPage(595.28, 841.89);
        page.DrawText(TestFonts.Hei, 22, 150, 90, "物业服务费缴费通知书", new TextPaint { Bold = true });
        var body = "尊敬的业主：您好！根据《物业服务合同》约定，您所在的房屋本期物业服务费尚未缴纳，请于收到本通知之日起十五日内到客户服务中心缴纳。逾期未缴的，我司将依法依约催收。如已缴纳，请忽略本通知。";
        for (var line = 0; line < 30; line++)
        {
            var start = (line * 7) % (body.Length - 33);
            page.DrawText(TestFonts.Song, 12, 72, 140 + (line * 18), body.Substring(start, 33), TextPaint.Default);
        }

        using var stream = new MemoryStream();
        builder.Save(stream, SamplePdf.Metadata);
        output.WriteLine($"one page of text: {stream.Length} bytes");
        Assert.True(stream.Length < 100_000, $"{stream.Length} bytes");
    }

    [Fact]
    public void Identical_images_share_one_XObject()
    {
        using var document = PdfDocument.Open(SamplePdf.Build());
        var text = Encoding.Latin1.GetString(SamplePdf.Build());
        var images = System.Text.RegularExpressions.Regex.Count(text, "/Subtype /Image");
        Assert.Equal(2, images); // the seal and its soft mask, once for both pages
        Assert.Single(document.GetPage(1).GetImages());
        Assert.Single(document.GetPage(2).GetImages());
    }

    [Fact]
    public void One_font_object_per_face_is_shared_by_all_pages()
    {
        var text = Encoding.Latin1.GetString(SamplePdf.Build());
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(text, "/Subtype /Type0"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(text, "/FontFile2"));
    }

    [Fact]
    public void The_catalog_has_language_title_display_and_outline_mode()
    {
        var text = Encoding.Latin1.GetString(SamplePdf.Build());
        Assert.Contains("/Lang (zh-CN)", text, StringComparison.Ordinal);
        Assert.Contains("/ViewerPreferences <</DisplayDocTitle true>>", text, StringComparison.Ordinal);
        Assert.Contains("/PageMode /UseOutlines", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Outline_levels_nest_and_count_their_descendants()
    {
        var builder = new PdfBuilder();
        builder.AddPage(200, 200).DrawLine(0, 0, 10, 10, new StrokePaint(1));
        builder.AddOutline("一", 1, 0, 0);
        builder.AddOutline("一.1", 2, 0, 50);
        builder.AddOutline("一.1.1", 3, 0, 60);
        builder.AddOutline("一.2", 2, 0, 70);
        builder.AddOutline("二", 1, 0, 100);
        using var stream = new MemoryStream();
        builder.Save(stream, SamplePdf.Metadata);
        using var document = PdfDocument.Open(stream.ToArray());
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["一", "二"], bookmarks.Roots.Select(r => r.Title));
        Assert.Equal(["一.1", "一.2"], bookmarks.Roots[0].Children.Select(r => r.Title));
        Assert.Equal(["一.1.1"], bookmarks.Roots[0].Children[0].Children.Select(r => r.Title));
        var text = Encoding.Latin1.GetString(stream.ToArray());
        Assert.Contains("/Type /Outlines/First", text, StringComparison.Ordinal);
        Assert.Contains("/Count 5", text, StringComparison.Ordinal);
        Assert.Contains("/XYZ 0 150 0", text, StringComparison.Ordinal); // y 50 from the top of a 200 pt page
    }

    [Fact]
    public void An_outline_to_a_missing_page_is_an_error_at_save()
    {
        var builder = new PdfBuilder();
        builder.AddPage(200, 200);
        builder.AddOutline("附件", 1, 3, 0);
        var error = Assert.Throws<InvalidOperationException>(() => builder.Save(Stream.Null, SamplePdf.Metadata));
        Assert.Contains("附件", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Drawing_on_an_earlier_page_after_adding_a_new_one_still_lands_on_that_page()
    {
        var builder = new PdfBuilder();
        var first = builder.AddPage(595.28, 841.89);
        first.DrawText(TestFonts.Song, 12, 72, 100, "第一页正文", TextPaint.Default);
        builder.AddPage(595.28, 841.89).DrawText(TestFonts.Song, 12, 72, 100, "第二页正文", TextPaint.Default);
        first.DrawText(TestFonts.Song, 10.5, 260, 800, "第 1 页 共 2 页", TextPaint.Default);
        using var stream = new MemoryStream();
        builder.Save(stream, SamplePdf.Metadata);
        using var document = PdfDocument.Open(stream.ToArray());
        var page1 = string.Concat(document.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains("第一页正文", page1, StringComparison.Ordinal);
        Assert.Contains("第1页共2页", page1.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Glyph_positions_follow_the_advances_the_layout_measures()
    {
        var builder = new PdfBuilder();
        var page = builder.AddPage(595.28, 841.89);
        const string text = "Ab业，1";
        page.DrawText(TestFonts.Hei, 20, 100, 100, text, new TextPaint { CharacterSpacing = 2 });
        using var stream = new MemoryStream();
        builder.Save(stream, SamplePdf.Metadata);
        using var document = PdfDocument.Open(stream.ToArray());
        var letters = document.GetPage(1).Letters;
        var x = 100.0;
        for (var i = 0; i < text.Length; i++)
        {
            Assert.Equal(text[i].ToString(), letters[i].Value);
            Assert.Equal(x, letters[i].StartBaseLine.X, 2);
            Assert.Equal(841.89 - 100, letters[i].StartBaseLine.Y, 2);
            x += (TestFonts.Hei.GetAdvance(text[i]) * 20 / 1000) + 2;
        }
    }

    [Fact]
    public void Filled_rectangles_are_one_path_with_one_fill_and_nothing_when_there_are_none()
    {
        var builder = new PdfBuilder();
        var page = builder.AddPage(200, 200);
        page.FillRectangles([(10, 10, 5, 1), (20, 10, 2, 1), (10, 11, 7, 1)], RgbColor.Black);
        page.FillRectangles([], RgbColor.Black);
        using var stream = new MemoryStream();
        builder.Save(stream, SamplePdf.Metadata);
        using var document = PdfDocument.Open(stream.ToArray());
        var operators = document.GetPage(1).Operations.Select(o => o.Operator).ToList();
        Assert.Equal(["q", "rg", "re", "re", "re", "f", "Q"], operators);
        var rectangles = document.GetPage(1).Operations.OfType<UglyToad.PdfPig.Graphics.Operations.PathConstruction.AppendRectangle>().ToList();
        Assert.Equal(200 - 10 - 1, (double)rectangles[0].LowerLeftY, 6); // canvas y runs down, PDF y up
        Assert.Equal(7, (double)rectangles[2].Width, 6);
    }

    [Fact]
    public void Canvas_rejects_a_face_that_is_not_an_embeddable_TrueType_face()
    {
        var page = new PdfBuilder().AddPage(100, 100);
        Assert.Throws<ArgumentException>(() => page.DrawText(new FakeFace(), 12, 0, 0, "x", TextPaint.Default));
    }

    [Fact]
    public void Drawing_after_save_is_an_error_not_a_silent_loss()
    {
        var builder = new PdfBuilder();
        var page = builder.AddPage(200, 200);
        page.DrawLine(0, 0, 10, 10, new StrokePaint(1));
        builder.Save(Stream.Null, SamplePdf.Metadata);
        Assert.Throws<InvalidOperationException>(() => page.DrawLine(0, 0, 10, 10, new StrokePaint(1)));
        Assert.Throws<InvalidOperationException>(() => page.DrawText(TestFonts.Song, 12, 0, 20, "迟", TextPaint.Default));
        Assert.Throws<InvalidOperationException>(() => builder.AddPage(200, 200));
    }

    [Fact]
    public void A_document_without_pages_cannot_be_saved()
    {
        Assert.Throws<InvalidOperationException>(() => new PdfBuilder().Save(Stream.Null, SamplePdf.Metadata));
    }

    private static (ReportingEngine.Documents.Pdf.Fonts.TrueTypeFace Face, int First, int Second) FindSharedGlyph()
    {
        // The installed faces give every character its own glyph, so build a fixture font whose cmap maps
        // both 一 (U+4E00) and the Kangxi radical ⼀ (U+2F00) to the outline of 一, as many CJK fonts do.
        var song = TestFonts.Song;
        var fixture = ReportingEngine.Documents.Pdf.Fonts.TrueTypeSubsetter.Subset(
            song, [song.GetGlyphId(0x4E00)], new Dictionary<int, int> { [0x4E00] = 1, [0x2F00] = 1 });
        var face = ReportingEngine.Documents.Pdf.Fonts.TrueTypeFace.Load(fixture.Data.ToArray(), 0, "shared-glyph-fixture.ttf");
        Assert.Equal(face.GetGlyphId(0x4E00), face.GetGlyphId(0x2F00));
        return (face, 0x4E00, 0x2F00);
    }

    private static string TrailerId(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Match(text, "/ID \\[<([0-9A-F]{32})>").Groups[1].Value;
    }

    private sealed class FakeFace : ReportingEngine.Documents.Pdf.Fonts.IFontFace
    {
        public string Name => "Fake";

        public double Ascent => 800;

        public double Descent => -200;

        public bool HasGlyph(int codePoint) => true;

        public double GetAdvance(int codePoint) => 500;
    }
}
