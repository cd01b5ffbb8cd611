using System.Xml.Linq;
using ReportingEngine.Documents.Docx.Tests.Tools;

namespace ReportingEngine.Documents.Docx.Tests.Writing;

public sealed class HeaderFooterTests
{
    private static readonly XNamespace W = DocxFile.W;
    private static readonly XNamespace V = "urn:schemas-microsoft-com:vml";

    [Fact]
    public void The_footer_holds_PAGE_and_NUMPAGES_as_complex_fields()
    {
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));
        var footer = DocxFile.Part(word.MainDocumentPart!.FooterParts.Single());
        var runs = footer.Descendants(W + "r").ToList();

        var instructions = footer.Descendants(W + "instrText").Select(i => i.Value.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], instructions);
        var kinds = footer.Descendants(W + "fldChar").Select(f => (string?)f.Attribute(W + "fldCharType")).ToList();
        Assert.Equal(["begin", "separate", "end", "begin", "separate", "end"], kinds);
        Assert.Equal("第 1 页 共 1 页", string.Concat(footer.Descendants(W + "t").Select(t => t.Value)));
        Assert.Equal("ReFooter", (string?)footer.Descendants(W + "pStyle").Single().Attribute(W + "val"));
        Assert.NotEmpty(runs);
    }

    [Fact]
    public void The_section_references_the_header_and_footer()
    {
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));
        var section = DocxFile.Part(word.MainDocumentPart!).Descendants(W + "sectPr").Single();

        Assert.Single(section.Elements(W + "headerReference"));
        Assert.Single(section.Elements(W + "footerReference"));
        Assert.Contains("幸福里物业服务中心 · 对客通知", DocxFile.Part(word.MainDocumentPart!.HeaderParts.Single()).Root!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_watermark_is_a_rotated_grey_word_art_shape_behind_the_text_in_the_header()
    {
        // R-ACC-3: controlled copies carry their control number as a watermark.
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich()));
        var header = DocxFile.Part(word.MainDocumentPart!.HeaderParts.Single());
        var shape = header.Descendants(V + "shape").Single();

        Assert.StartsWith("PowerPlusWaterMarkObject", (string?)shape.Attribute("id"), StringComparison.Ordinal);
        Assert.Contains("rotation:315", (string?)shape.Attribute("style"), StringComparison.Ordinal);
        Assert.Contains("z-index:-", (string?)shape.Attribute("style"), StringComparison.Ordinal);
        Assert.Equal("受控 No. 2026-001", (string?)shape.Element(V + "textpath")!.Attribute("string"));
    }

    [Fact]
    public void Without_a_watermark_or_header_blocks_there_is_no_header_part()
    {
        using var word = DocxFile.Open(DocxFile.Write(Samples.Rich() with { Watermark = null, Header = [] }));

        Assert.Empty(word.MainDocumentPart!.HeaderParts);
    }
}
