using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Tests.TestSupport;

namespace ReportingEngine.Documents.Tests.Markup;

public sealed class WhitespaceTests
{
    private static IReadOnlyList<Inline> Inlines(string paragraphMarkup)
    {
        var result = Notice.Parse(Notice.Body(paragraphMarkup));
        Assert.Empty(result.Diagnostics);
        return Assert.IsType<Paragraph>(Assert.Single(result.Document!.Body)).Inlines;
    }

    private static string Text(string paragraphMarkup) =>
        string.Concat(Inlines(paragraphMarkup).Select(i => i is TextRun r ? r.Text : "|"));

    [Fact]
    public void Chinese_text_wrapped_by_the_template_joins_without_a_space()
    {
        Assert.Equal("为保障小区生活用水水质安全，物业服务中心定于近期清洗水箱。", Text("""
            <p>
                为保障小区生活用水
                水质安全，
                物业服务中心定于近期清洗水箱。
            </p>
            """));
    }

    [Fact]
    public void Latin_words_on_separate_lines_keep_one_space()
    {
        Assert.Equal("Water supply will stop at 08:00 sharp", Text("<p>Water   supply\n will\tstop\n\n  at 08:00 sharp</p>"));
    }

    [Fact]
    public void A_space_typed_between_Chinese_characters_on_one_line_is_kept_as_one_space()
    {
        Assert.Equal("1号楼 2号楼", Text("<p>1号楼   2号楼</p>"));
        Assert.Equal("阳光花园 物业服务中心", Text("<p>阳光花园  物业服务中心</p>"));
    }

    [Fact]
    public void Chinese_next_to_digits_across_a_template_line_break_joins_but_a_typed_space_stays()
    {
        Assert.Equal("服务电话400-800-1234", Text("<p>服务电话\n  400-800-1234</p>"));
        Assert.Equal("服务电话 400-800-1234", Text("<p>服务电话 400-800-1234</p>"));
    }

    [Fact]
    public void Whitespace_next_to_Chinese_punctuation_disappears()
    {
        Assert.Equal("电话：010-6288 1234，欢迎来电。", Text("<p>电话： 010-6288 1234 ，欢迎来电 。</p>"));
    }

    [Fact]
    public void Whitespace_is_trimmed_at_paragraph_edges_and_around_line_breaks()
    {
        Assert.Equal(
            [new TextRun("第一行"), new LineBreak(), new TextRun("第二行")],
            Inlines("<p>\n   第一行  <br/>\n  第二行   \n</p>"));
    }

    [Fact]
    public void Whitespace_collapses_across_emphasis_boundaries()
    {
        Assert.Equal(
            [new TextRun("请于"), new TextRun("11月24日") { Bold = true }, new TextRun("前储水 in advance")],
            Inlines("<p>请于\n<b>11月24日</b>\n前储水 in\n  advance</p>"));
    }

    [Fact]
    public void Spaces_around_fields_are_kept_like_around_words()
    {
        Assert.Equal("第 | 页", Text("<p>第 <page/> 页</p>"));
        Assert.Equal("第|页", Text("<p>第<page/>页</p>"));
    }

    [Fact]
    public void The_ideographic_space_is_content_and_is_not_collapsed()
    {
        Assert.Equal("\u3000\u3000正文", Text("<p>\u3000\u3000正文</p>"));
    }
}
