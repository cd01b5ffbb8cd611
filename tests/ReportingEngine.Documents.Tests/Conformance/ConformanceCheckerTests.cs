using ReportingEngine.Documents.Conformance;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Profiles;
using ReportingEngine.Documents.Tests.TestSupport;

namespace ReportingEngine.Documents.Tests.Conformance;

public sealed class ConformanceCheckerTests
{
    private static Document Parse(string markup, DocumentProfile? profile = null)
    {
        var result = Notice.Parse(markup, profile);
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    private static DocumentProfile WithStyle(string name, Func<TextStyle, TextStyle> change)
    {
        var styles = Notice.Profile.Styles.ToDictionary(StringComparer.Ordinal);
        styles[name] = change(styles[name]);
        return Notice.Profile with { Styles = styles };
    }

    private static ConformanceViolation Single(Document document) => Assert.Single(ConformanceChecker.Check(document));

    [Fact]
    public void The_sample_notice_conforms()
    {
        Assert.Empty(ConformanceChecker.Check(Parse(Notice.Markup)));
    }

    [Fact]
    public void A_title_not_in_heiti_violates_R_NOT_2()
    {
        var violation = Single(Parse(Notice.Markup, WithStyle("title", s => s with { FontFamily = "宋体" })));

        Assert.Equal(("R-NOT-2", ConformanceCheck.Styles), (violation.RuleId, violation.Check));
        Assert.Equal("font is 宋体; the regulation requires 黑体 for title", violation.Message);
        Assert.Equal(new SourceSpan(Notice.File, 9, 3), violation.Source);
        Assert.Equal("templates/customer-notice/template.sbn(9,3): error R-NOT-2: title heading in style 'title': font is 宋体; the regulation requires 黑体 for title", violation.ToString());
    }

    [Fact]
    public void A_title_smaller_than_size_two_violates_R_NOT_2()
    {
        var violation = Single(Parse(Notice.Markup, WithStyle("title", s => s with { SizePt = 16 })));

        Assert.Equal("R-NOT-2", violation.RuleId);
        Assert.Equal("size is 16 pt; the regulation requires 22 pt for title", violation.Message);
    }

    [Fact]
    public void A_title_that_is_not_bold_violates_R_NOT_2()
    {
        var violation = Single(Parse(Notice.Markup, WithStyle("title", s => s with { Bold = false })));

        Assert.Equal("R-NOT-2", violation.RuleId);
        Assert.Equal("weight is regular; the regulation requires bold for title", violation.Message);
    }

    [Fact]
    public void A_title_heading_in_another_style_is_checked_against_the_title_requirement()
    {
        var markup = Notice.Markup.Replace("""<h1 title="true" bookmark="title">""", """<h1 title="true" bookmark="title" style="salutation">""", StringComparison.Ordinal);

        var violations = ConformanceChecker.Check(Parse(markup));

        Assert.Equal(["R-NOT-2", "R-NOT-2", "R-NOT-2"], violations.Select(v => v.RuleId));
        Assert.All(violations, v => Assert.StartsWith("title heading in style 'salutation'", v.Element, StringComparison.Ordinal));
    }

    [Fact]
    public void Body_text_not_in_songti_violates_R_NOT_2_for_each_paragraph()
    {
        var violations = ConformanceChecker.Check(Parse(Notice.Markup, WithStyle("body", s => s with { FontFamily = "楷体" })));

        // The salutation, validity and sign-off lines have their own (conforming) styles; the four body paragraphs do not.
        Assert.Equal(4, violations.Count);
        Assert.All(violations, v => Assert.Equal(("R-NOT-2", ConformanceCheck.Styles, "font is 楷体; the regulation requires 宋体 for body"), (v.RuleId, v.Check, v.Message)));
        Assert.Equal(new SourceSpan(Notice.File, 11, 3), violations[0].Source);
    }

    [Fact]
    public void A_validity_line_in_the_wrong_size_violates_R_NOT_2()
    {
        var violation = Single(Parse(Notice.Markup, WithStyle("validity", s => s with { SizePt = 10.5 })));

        Assert.Equal(("R-NOT-2", "paragraph (role 'validity') in style 'validity'"), (violation.RuleId, violation.Element));
        Assert.Equal("size is 10.5 pt; the regulation requires 12 pt for validity", violation.Message);
    }

    [Fact]
    public void Single_line_spacing_violates_R_NOT_2()
    {
        var violations = ConformanceChecker.Check(Parse(Notice.Markup, WithStyle("body", s => s with { LineSpacing = 1.0 })));

        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.Equal(("R-NOT-2", ConformanceCheck.LineSpacing, "line spacing is 1; the regulation requires 1.5 for body"), (v.RuleId, v.Check, v.Message)));
    }

    [Fact]
    public void Margins_other_than_one_and_a_half_centimetres_violate_R_NOT_2()
    {
        var profile = Notice.Profile with { Page = Notice.Profile.Page with { MarginLeftMm = 20, MarginRightMm = 25 } };

        var violations = ConformanceChecker.Check(Parse(Notice.Markup, profile));

        Assert.Equal(
            [
                ("R-NOT-2", "page", "left margin is 20 mm; the regulation requires 15 mm"),
                ("R-NOT-2", "page", "right margin is 25 mm; the regulation requires 15 mm"),
            ],
            violations.Select(v => (v.RuleId, v.Element, v.Message)));
    }

    [Fact]
    public void A_page_that_is_not_A4_violates_R_NOT_2()
    {
        var profile = Notice.Profile with { Page = Notice.Profile.Page with { WidthMm = 148, HeightMm = 210 } };

        var violation = Single(Parse(Notice.Markup, profile));

        Assert.Equal(("R-NOT-2", ConformanceCheck.Paper, "page is 148 × 210 mm; the regulation requires A4"), (violation.RuleId, violation.Check, violation.Message));
    }

    [Fact]
    public void A_notice_without_a_posting_date_violates_R_NOT_2()
    {
        var markup = Notice.Markup.Replace(""" role="posting-date">""", ">", StringComparison.Ordinal);

        var violation = Single(Parse(markup));

        Assert.Equal(("R-NOT-2", ConformanceCheck.Roles, "role 'posting-date'"), (violation.RuleId, violation.Check, violation.Element));
        Assert.Equal("no paragraph with role 'posting-date', which the regulation requires", violation.Message);
    }

    [Fact]
    public void A_notice_without_a_validity_line_violates_R_NOT_2()
    {
        var markup = Notice.Markup.Replace("""  <p style="validity" role="validity">本通知自张贴之日起生效，有效期至2026年11月27日。</p>""" + "\n", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(Notice.Markup, markup);

        var violation = Single(Parse(markup));

        Assert.Equal(("R-NOT-2", "role 'validity'"), (violation.RuleId, violation.Element));
    }

    [Fact]
    public void A_validity_line_left_blank_for_handwriting_violates_R_NOT_2()
    {
        var markup = Notice.Markup.Replace("本通知自张贴之日起生效，有效期至2026年11月27日。", "<blank chars=\"10\"/>", StringComparison.Ordinal);

        var violation = Single(Parse(markup));

        Assert.Equal(("R-NOT-2", "the paragraph with role 'validity' is empty"), (violation.RuleId, violation.Message));
        Assert.NotNull(violation.Source);
    }

    [Fact]
    public void A_notice_without_a_seal_violates_R_NOT_3()
    {
        var markup = Notice.Markup.Replace(" seal=\"true\"", string.Empty, StringComparison.Ordinal);

        var violation = Single(Parse(markup));

        Assert.Equal(("R-NOT-3", ConformanceCheck.Seal), (violation.RuleId, violation.Check));
    }

    [Fact]
    public void A_document_without_a_title_heading_is_reported()
    {
        var markup = Notice.Markup.Replace("""<h1 title="true" bookmark="title">""", """<h1 bookmark="title" style="title">""", StringComparison.Ordinal);

        var violation = Single(Parse(markup));

        Assert.Equal(("R-NOT-2", ConformanceCheck.Title), (violation.RuleId, violation.Check));
    }

    [Fact]
    public void An_empty_document_is_reported_with_every_missing_part()
    {
        var violations = ConformanceChecker.Check(Parse("""<document title="T" id="X-1" date="2026-11-20"/>"""));

        Assert.Equal(
            [ConformanceCheck.Content, ConformanceCheck.Title, ConformanceCheck.Roles, ConformanceCheck.Roles, ConformanceCheck.Seal],
            violations.Select(v => v.Check));
    }

    [Fact]
    public void A_check_the_profile_does_not_map_to_a_regulation_is_cited_with_an_engine_id()
    {
        var profile = Notice.Profile with { RuleIds = new Dictionary<string, string>() };

        var violation = Single(Parse(Notice.Markup.Replace(" seal=\"true\"", string.Empty, StringComparison.Ordinal), profile));

        Assert.Equal("RE-SEAL", violation.RuleId);
    }
}
