using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Pdf.Fonts;
using ReportingEngine.Documents.Pdf.Layout.Ops;
using ReportingEngine.Documents.Pdf.Tests.Layout.Fakes;
using Xunit;

namespace ReportingEngine.Documents.Pdf.Tests.Layout;

public sealed class ParagraphLayoutTests
{
    private const double Left = 20 * 72 / 25.4;
    private const double TextWidth = 170 * 72 / 25.4; // 481.89 pt: 40 characters of 12 pt and 1.89 pt of slack

    [Fact]
    public void Justified_lines_spread_the_slack_as_character_spacing_except_on_the_last_line()
    {
        var plan = Docs.Plan(Docs.Document([Docs.Para(new string('字', 100))]));
        var texts = plan.Pages[0].Ops.OfType<TextOp>().ToList();
        Assert.Equal(3, texts.Count);
        var expected = (TextWidth - 40 * 12) / 39;
        Assert.Equal(expected, texts[0].Paint.CharacterSpacing, 6);
        Assert.Equal(expected, texts[1].Paint.CharacterSpacing, 6);
        Assert.Equal(0, texts[2].Paint.CharacterSpacing);

        // The last glyph of a justified line ends exactly at the right margin.
        Assert.Equal(Left + TextWidth, texts[0].X + 40 * 12 + 39 * expected, 6);
    }

    [Fact]
    public void Line_height_is_the_profile_spacing_times_the_size_not_the_font_metrics()
    {
        // R-NOT-2: 1.5 line spacing of 12 pt = 18 pt between baselines.
        var plan = Docs.Plan(Docs.Document([Docs.Para(new string('字', 100))]));
        var baselines = plan.Pages[0].Ops.OfType<TextOp>().Select(t => t.Baseline).ToList();
        Assert.Equal(18, baselines[1] - baselines[0], 6);
        Assert.Equal(18, baselines[2] - baselines[1], 6);

        // Ascent 880 / descent -120 centred in an 18 pt box: (18 - 12) / 2 + 10.56 below the line top.
        Assert.Equal(25 * 72 / 25.4 + 3 + 10.56, baselines[0], 6);
    }

    [Fact]
    public void The_first_line_is_indented_by_two_characters()
    {
        var plan = Docs.Plan(Docs.Document([Docs.Para(new string('字', 60))], profile: Docs.Profile(bodyIndentChars: 2)));
        var texts = plan.Pages[0].Ops.OfType<TextOp>().ToList();
        Assert.Equal(Left + 24, texts[0].X, 6);
        Assert.Equal(38, texts[0].Text.Length);
        Assert.Equal(Left, texts[1].X, 6);
    }

    [Fact]
    public void Centred_and_right_aligned_lines_are_placed_by_their_width()
    {
        var plan = Docs.Plan(Docs.Document([Docs.Para("通知", "title"), Docs.Para("物业服务中心", "signoff")]));
        var texts = plan.Pages[0].Ops.OfType<TextOp>().ToList();
        Assert.Equal(Left + (TextWidth - 44) / 2, texts[0].X, 6);
        Assert.True(texts[0].Paint.Bold);
        Assert.Equal(Left + TextWidth - 72, texts[1].X, 6);
    }

    [Fact]
    public void Styled_runs_share_a_line_and_underlines_blanks_and_checkboxes_are_drawn_as_vectors()
    {
        var paragraph = new Paragraph("body",
        [
            new TextRun("业主"),
            new TextRun("张三") { Underline = true },
            new TextRun("签字") { Bold = true },
            new Blank(6),
            new Checkbox(true),
            new TextRun("同意"),
            new Checkbox(false),
            new TextRun("不同意"),
        ]);
        var ops = Docs.Plan(Docs.Document([paragraph])).Pages[0].Ops;
        var texts = ops.OfType<TextOp>().ToList();
        Assert.Equal(["业主张三", "签字", "同意", "不同意"], texts.Select(t => t.Text)); // same face, size and weight share a run
        Assert.Single(texts.Select(t => t.Baseline).Distinct());
        Assert.True(texts[1].Paint.Bold);

        var underlines = ops.OfType<LineOp>().ToList();
        Assert.Equal(2, underlines.Count);
        Assert.Equal(24, underlines[0].X2 - underlines[0].X1, 6); // 张三
        Assert.Equal(72, underlines[1].X2 - underlines[1].X1, 6); // 6 × 12 pt blank

        Assert.Equal(2, ops.OfType<RectangleOp>().Count()); // two boxes
        Assert.Single(ops.OfType<PathOp>()); // one check mark
    }

    [Fact]
    public void A_character_missing_from_the_face_falls_back_to_the_other_chinese_face()
    {
        var fonts = new FakeFontProvider(new Dictionary<string, IFontFace>(StringComparer.Ordinal)
        {
            ["宋体"] = new FakeFontFace("Song", cp => cp != '堃'),
            ["黑体"] = new FakeFontFace("Hei"),
        });
        var plan = Docs.Plan(Docs.Document([Docs.Para("业主王堃先生")]), fonts);
        Assert.Empty(plan.Diagnostics);
        var texts = plan.Pages[0].Ops.OfType<TextOp>().Select(t => (t.Face.Name, t.Text)).ToList();
        Assert.Equal([("Song", "业主王"), ("Hei", "堃"), ("Song", "先生")], texts);
    }

    [Fact]
    public void A_character_no_face_has_is_reported_with_its_place()
    {
        var fonts = new FakeFontProvider(new Dictionary<string, IFontFace>(StringComparer.Ordinal)
        {
            ["宋体"] = new FakeFontFace("Song", cp => cp != 0x20BB7),
            ["黑体"] = new FakeFontFace("Hei", cp => cp != 0x20BB7),
        });
        var paragraph = Docs.Para("业主𠮷先生") with { Source = new("templates/x/template.sbn", 12, 5) };
        var plan = Docs.Plan(Docs.Document([paragraph]), fonts);
        var diagnostic = Assert.Single(plan.Diagnostics);
        Assert.Equal("templates/x/template.sbn(12,5)", diagnostic.Location);
        Assert.Contains("U+20BB7", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_style_is_reported()
    {
        var plan = Docs.Plan(Docs.Document([Docs.Para("正文", "nonexistent")]));
        Assert.Contains(plan.Diagnostics, d => d.Message.Contains("'nonexistent'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_seal_takes_no_space_and_is_drawn_behind_the_previous_block_from_its_top()
    {
        // R-NOT-3 / R-COL-3: the seal is stamped over the sign-off.
        var seal = new Image([1, 2, 3], 40, 40) { Placement = ImagePlacement.OverPrevious, Alignment = TextAlignment.Right, IsSeal = true };
        var body = new List<Block> { Docs.Para("正文"), Docs.Para("物业服务中心", "signoff"), seal, Docs.Para("2026年11月15日", "signoff") };
        var ops = Docs.Plan(Docs.Document(body)).Pages[0].Ops;
        var image = Assert.Single(ops.OfType<ImageOp>());
        var texts = ops.OfType<TextOp>().ToList();
        var signoffIndex = ops.ToList().FindIndex(o => o is TextOp { Text: "物业服务中心" });
        Assert.True(ops.ToList().IndexOf(image) < signoffIndex, "the seal is drawn before (behind) the sign-off text");
        Assert.Equal(25 * 72 / 25.4 + 18, image.Y, 6); // top of the second line box
        Assert.Equal(Left + TextWidth - 40 * 72 / 25.4, image.X, 6);
        Assert.Equal(18, texts[2].Baseline - texts[1].Baseline, 6); // the date follows with no gap for the seal
    }

    [Fact]
    public void A_watermark_is_drawn_first_rotated_grey_and_translucent_on_every_page()
    {
        var plan = Docs.Plan(Docs.Document([Docs.Para("一"), new PageBreak(), Docs.Para("二")], watermark: "受控 No. 2026-001"));
        foreach (var page in plan.Pages)
        {
            var first = Assert.IsType<TextOp>(page.Ops[0]);
            Assert.Equal("受控 No. 2026-001", first.Text);
            Assert.Equal(45, first.Paint.RotationDegrees);
            Assert.True(first.Paint.Opacity < 0.5);
            Assert.True(first.SizePt >= 40);
        }
    }

    [Fact]
    public void A_qr_code_draws_exactly_the_dark_modules_of_qrcoders_matrix()
    {
        var payload = "https://pay.example.com/n/2026-11/3-302";
        var plan = Docs.Plan(Docs.Document([new QrCode(payload, 30) { Caption = "扫码缴费" }]));
        var rects = Assert.Single(plan.Pages[0].Ops.OfType<QrModulesOp>()).Runs().ToList();
        using var generator = new QRCoder.QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCoder.QRCodeGenerator.ECCLevel.M);
        var size = data.ModuleMatrix.Count;
        var dark = data.ModuleMatrix.Sum(row => row.Cast<bool>().Count(b => b));
        var module = 30 * 72 / 25.4 / size;
        Assert.Equal(dark, (int)Math.Round(rects.Sum(r => r.Width) / module));
        Assert.All(rects, r => Assert.Equal(module, r.Height, 6));
        Assert.Contains("扫码缴费", Docs.Lines(plan.Pages[0]));
    }

    [Fact]
    public void The_plan_is_replayed_on_the_builder_page_by_page_with_its_outline()
    {
        var document = Docs.Document([new Heading(1, "heading1", [new TextRun("一、总则")]), new PageBreak(), Docs.Para("二")], Docs.PageFooter());
        var builder = new RecordingBuilder();
        new PdfDocumentWriter(FakeFontProvider.Default, () => builder).Write(document, new MemoryStream());
        Assert.Equal(2, builder.Pages.Count);
        Assert.Contains("第 2 页 共 2 页", string.Join("|", builder.Pages[1].Texts.Skip(0)).Replace("|", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal([("一、总则", 1, 0)], builder.Outline.Select(o => (o.Title, o.Level, o.Page)));
        Assert.Equal(new DateOnly(2026, 11, 15), builder.Metadata!.Date);
    }

    [Fact]
    public void A_merged_file_nests_each_document_under_its_entry_and_restarts_page_numbers()
    {
        var notice = Docs.Document([new Heading(1, "heading1", [new TextRun("缴费通知")]), Docs.Para("正文")], Docs.PageFooter());
        var builder = new RecordingBuilder();
        new PdfDocumentWriter(FakeFontProvider.Default, () => builder).WriteMerged(
            [new MergedDocument(notice, "1-101"), new MergedDocument(notice, "1-102")], new MemoryStream());
        Assert.Equal(2, builder.Pages.Count);
        Assert.All(builder.Pages, p => Assert.Contains("1 页 共 1 页", string.Concat(p.Texts), StringComparison.Ordinal));
        Assert.Equal([("1-101", 1, 0), ("缴费通知", 2, 0), ("1-102", 1, 1), ("缴费通知", 2, 1)], builder.Outline.Select(o => (o.Title, o.Level, o.Page)));
    }

    [Fact]
    public void Writing_fails_loudly_when_a_character_cannot_be_printed()
    {
        var fonts = new FakeFontProvider(new Dictionary<string, IFontFace>(StringComparer.Ordinal)
        {
            ["宋体"] = new FakeFontFace("Song", cp => cp != '☃'),
            ["黑体"] = new FakeFontFace("Hei", cp => cp != '☃'),
        });
        var error = Assert.Throws<Pdf.Layout.PdfLayoutException>(() =>
            new PdfDocumentWriter(fonts, () => new RecordingBuilder()).Write(Docs.Document([Docs.Para("雪人☃")]), new MemoryStream()));
        Assert.Contains("U+2603", error.Message, StringComparison.Ordinal);
    }
}
