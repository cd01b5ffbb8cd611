using System.Xml.Linq;
using ReportingEngine.Documents.Docx.Tests.Tools;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

public sealed class StyleTests
{
    private static readonly XNamespace W = DocxFile.W;

    private static XDocument Styles()
    {
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));
        return DocxFile.Part(word.MainDocumentPart!.StyleDefinitionsPart!);
    }

    private static XElement Style(XDocument styles, string id) =>
        styles.Descendants(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == id);

    [Fact]
    public void The_title_style_is_SimHei_22_pt_bold_with_east_asian_attributes()
    {
        // R-NOT-2: title 黑体 二号 (22 pt) bold.
        var title = Style(Styles(), "ReTitle");
        var fonts = title.Element(W + "rPr")!.Element(W + "rFonts")!;

        Assert.Equal("SimHei", (string?)fonts.Attribute(W + "eastAsia"));
        Assert.Equal("SimHei", (string?)fonts.Attribute(W + "ascii"));
        Assert.Equal("SimHei", (string?)fonts.Attribute(W + "hAnsi"));
        Assert.Equal("44", (string?)title.Element(W + "rPr")!.Element(W + "sz")!.Attribute(W + "val"));
        Assert.NotNull(title.Element(W + "rPr")!.Element(W + "b"));
        Assert.Null(title.Element(W + "rPr")!.Element(W + "b")!.Attribute(W + "val"));
        Assert.Equal("center", (string?)title.Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val"));
    }

    [Fact]
    public void The_body_style_is_SimSun_12_pt_with_one_and_a_half_line_spacing_and_a_two_character_indent()
    {
        // R-NOT-2: body 宋体 小四 (12 pt), line spacing 1.5.
        var body = Style(Styles(), "ReBody");
        var spacing = body.Element(W + "pPr")!.Element(W + "spacing")!;
        var indent = body.Element(W + "pPr")!.Element(W + "ind")!;

        Assert.Equal("SimSun", (string?)body.Element(W + "rPr")!.Element(W + "rFonts")!.Attribute(W + "eastAsia"));
        Assert.Equal("24", (string?)body.Element(W + "rPr")!.Element(W + "sz")!.Attribute(W + "val"));
        Assert.Equal("360", (string?)spacing.Attribute(W + "line"));
        Assert.Equal("auto", (string?)spacing.Attribute(W + "lineRule"));
        Assert.Equal("200", (string?)indent.Attribute(W + "firstLineChars"));
        Assert.Equal("both", (string?)body.Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val"));
    }

    [Fact]
    public void Heading_styles_carry_an_outline_level_and_the_word_heading_name()
    {
        var heading = Style(Styles(), "Heading1");

        Assert.Equal("heading 1", (string?)heading.Element(W + "name")!.Attribute(W + "val"));
        Assert.Equal("0", (string?)heading.Element(W + "pPr")!.Element(W + "outlineLvl")!.Attribute(W + "val"));
        Assert.Equal("KaiTi", (string?)Style(Styles(), "ReCaption").Element(W + "rPr")!.Element(W + "rFonts")!.Attribute(W + "eastAsia"));
    }

    [Fact]
    public void Document_defaults_name_an_east_asian_font_and_the_chinese_language()
    {
        var defaults = Styles().Descendants(W + "rPrDefault").Single();

        Assert.Equal("SimSun", (string?)defaults.Descendants(W + "rFonts").Single().Attribute(W + "eastAsia"));
        Assert.Equal("zh-CN", (string?)defaults.Descendants(W + "lang").Single().Attribute(W + "eastAsia"));
    }

    [Fact]
    public void Character_styles_are_linked_to_their_paragraph_styles_and_used_by_runs()
    {
        var styles = Styles();
        var amount = Style(styles, "ReAmountChar");

        Assert.Equal("character", (string?)amount.Attribute(W + "type"));
        Assert.Equal("ReAmount", (string?)amount.Element(W + "link")!.Attribute(W + "val"));
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));
        var run = DocxFile.Part(word.MainDocumentPart!).Descendants(W + "r").First(r => r.Value == "¥1,234.50");
        Assert.Equal("ReAmountChar", (string?)run.Element(W + "rPr")!.Element(W + "rStyle")!.Attribute(W + "val"));
    }

    [Fact]
    public void The_font_table_records_the_chinese_charset_and_names()
    {
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));
        var fonts = DocxFile.Part(word.MainDocumentPart!.FontTablePart!);
        var simSun = fonts.Descendants(W + "font").Single(f => (string?)f.Attribute(W + "name") == "SimSun");

        Assert.Equal("宋体", (string?)simSun.Element(W + "altName")!.Attribute(W + "val"));
        Assert.Equal("86", (string?)simSun.Element(W + "charset")!.Attribute(W + "val"));
    }
}
