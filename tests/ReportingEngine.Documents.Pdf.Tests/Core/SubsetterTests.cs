using ReportingEngine.Documents.Pdf.Fonts;
using Xunit;
using Xunit.Abstractions;

namespace ReportingEngine.Documents.Pdf.Tests.Core;

public sealed class SubsetterTests(ITestOutputHelper output)
{
    [Fact]
    public void A_subset_keeps_the_glyphs_in_order_and_reads_back_as_a_valid_font()
    {
        var face = TestFonts.Song;
        var text = "业户档案一户一档";
        var codes = text.Distinct().ToList();
        var glyphs = codes.Select(c => face.GetGlyphId(c)).ToList();
        var cmap = codes.Select((c, i) => (c, i)).ToDictionary(p => (int)p.c, p => p.i + 1);
        var subset = TrueTypeSubsetter.Subset(face, glyphs, cmap);

        var reread = TrueTypeFace.Load(subset.Data.ToArray(), 0, "subset");
        Assert.Equal(glyphs.Count + 1, reread.GlyphCount);
        for (var i = 0; i < glyphs.Count; i++)
        {
            Assert.Equal(face.GetAdvanceUnits(glyphs[i]), reread.GetAdvanceUnits(i + 1));
            Assert.Equal(face.GetGlyphData(glyphs[i]).ToArray(), reread.GetGlyphData(i + 1).ToArray());
            Assert.Equal(i + 1, reread.GetGlyphId(codes[i]));
        }

        Assert.Equal(face.UnitsPerEm, reread.UnitsPerEm);
        Assert.Equal("AR PL UMing CN", reread.FamilyName);
        Assert.Equal("UMingCN", reread.Name);
        output.WriteLine($"subset of {glyphs.Count} glyphs: {subset.Data.Length} bytes, tag {subset.Tag}");
        Assert.True(subset.Data.Length < 8_000, $"subset is {subset.Data.Length} bytes");
    }

    [Fact]
    public void The_subset_checksums_are_consistent()
    {
        var face = TestFonts.Hei;
        var subset = TrueTypeSubsetter.Subset(face, [face.GetGlyphId('档'), face.GetGlyphId('A')]);
        // The whole file sums to 0xB1B0AFBA once head.checkSumAdjustment is in place.
        Assert.Equal(0xB1B0AFBAu, SfntWriter.Checksum(subset.Data.Span));
        var count = BigEndian.U16(subset.Data.Span, 4);
        for (var i = 0; i < count; i++)
        {
            var entry = 12 + (16 * i);
            var tag = BigEndian.Tag(subset.Data.Span, entry);
            var offset = (int)BigEndian.U32(subset.Data.Span, entry + 8);
            var length = (int)BigEndian.U32(subset.Data.Span, entry + 12);
            Assert.Equal(0, offset % 4);
            if (tag != "head")
            {
                Assert.Equal(BigEndian.U32(subset.Data.Span, entry + 4), SfntWriter.Checksum(subset.Data.Span.Slice(offset, (length + 3) & ~3)));
            }
        }
    }

    [Fact]
    public void Composite_glyph_components_are_kept_and_renumbered()
    {
        var (face, composite) = FindComposite();
        var components = TrueTypeSubsetter.ComponentsOf(face.GetGlyphData(composite).Span).ToList();
        output.WriteLine($"{face.Name}: glyph {composite} is composite of [{string.Join(", ", components)}]");
        Assert.NotEmpty(components);

        var subset = TrueTypeSubsetter.Subset(face, [composite]);
        Assert.Equal(composite, subset.OriginalGlyphIds[1]);
        foreach (var component in components)
        {
            Assert.Contains(component, subset.OriginalGlyphIds);
        }

        var reread = TrueTypeFace.Load(subset.Data.ToArray(), 0, "subset");
        var renumbered = TrueTypeSubsetter.ComponentsOf(reread.GetGlyphData(1).Span).ToList();
        Assert.Equal(components, renumbered.Select(n => subset.OriginalGlyphIds[n]));
        foreach (var n in renumbered)
        {
            Assert.Equal(face.GetGlyphData(subset.OriginalGlyphIds[n]).Length, reread.GetGlyphData(n).Length);
        }
    }

    [Fact]
    public void The_subset_tag_is_six_letters_derived_from_the_glyph_set()
    {
        var face = TestFonts.Hei;
        var a = TrueTypeSubsetter.Subset(face, [face.GetGlyphId('一')]);
        var b = TrueTypeSubsetter.Subset(face, [face.GetGlyphId('一')]);
        var c = TrueTypeSubsetter.Subset(face, [face.GetGlyphId('二')]);
        Assert.Matches("^[A-Z]{6}$", a.Tag);
        Assert.Equal(a.Tag, b.Tag);
        Assert.Equal(a.Data, b.Data);
        Assert.NotEqual(a.Tag, c.Tag);
    }

    private static (TrueTypeFace Face, int Glyph) FindComposite()
    {
        foreach (var face in new[] { TestFonts.Song, TestFonts.Hei })
        {
            for (var gid = 1; gid < face.GlyphCount; gid++)
            {
                var data = face.GetGlyphData(gid).Span;
                if (data.Length >= 10 && BigEndian.I16(data, 0) < 0)
                {
                    return (face, gid);
                }
            }
        }

        throw new Xunit.Sdk.XunitException("neither test face has a composite glyph");
    }

    [Fact]
    public void A_transient_subset_in_a_reused_buffer_has_the_same_bytes_as_a_fresh_one()
    {
        var face = TestFonts.Song;
        var large = "缴费通知单付款请求书尊敬的业主您好物业管理费楼宇设备运行费水费停车费本期应缴往期欠费合计".Select(c => face.GetGlyphId(c)).ToList();
        var small = "业户档案".Select(c => face.GetGlyphId(c)).ToList();

        _ = TrueTypeSubsetter.Subset(face, large, transient: true); // leaves larger, different bytes in the thread's buffers
        var reused = TrueTypeSubsetter.Subset(face, small, transient: true).Data.ToArray();

        Assert.Equal(TrueTypeSubsetter.Subset(face, small).Data.ToArray(), reused);
    }

    [Fact]
    public void A_thread_keeps_scratch_arrays_up_to_the_limit_only()
    {
        byte[]? slot = null;
        var small = TransientBuffer.Get(ref slot, 1000);
        Assert.Same(small, slot);
        Assert.Same(small, TransientBuffer.Get(ref slot, 900)); // reused

        var large = TransientBuffer.Get(ref slot, TransientBuffer.RetainedLimit + 1);
        Assert.True(large.Length > TransientBuffer.RetainedLimit);
        Assert.Same(small, slot); // a print-file-sized request is not kept by the thread

        var grown = TransientBuffer.Get(ref slot, TransientBuffer.RetainedLimit - 10);
        Assert.Same(grown, slot);
        Assert.True(grown.Length <= TransientBuffer.RetainedLimit); // growth doubles, but never past the limit
    }
}
