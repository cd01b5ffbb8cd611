using ReportingEngine.Documents.Tests.TestSupport;

namespace ReportingEngine.Documents.Tests.Markup;

public sealed class MarkupErrorTests
{
    private static string[] Errors(string markup)
    {
        var result = Notice.Parse(markup);
        Assert.Null(result.Document);
        return [.. result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())];
    }

    [Fact]
    public void An_unknown_element_is_reported_at_its_line_and_column()
    {
        var errors = Errors("""
            <document title="T" id="X-1" date="2026-11-20">
              <p>正文</p>
              <tabel columns="1"/>
            </document>
            """);

        Assert.Equal(["templates/customer-notice/template.sbn(3,3): error: unknown element <tabel>"], errors);
    }

    [Fact]
    public void An_unknown_attribute_is_reported_at_the_attribute()
    {
        var errors = Errors("""
            <document title="T" id="X-1" date="2026-11-20">
              <p colour="red">正文</p>
            </document>
            """);

        Assert.Equal(["templates/customer-notice/template.sbn(2,6): error: unknown attribute 'colour' on <p>"], errors);
    }

    [Fact]
    public void A_width_that_is_not_a_number_is_reported()
    {
        var errors = Errors("""
            <document title="T" id="X-1" date="2026-11-20">
              <image src="seal.png" width-mm="四十"/>
            </document>
            """);

        Assert.Contains(errors, e => e.StartsWith("templates/customer-notice/template.sbn(2,25): error: attribute 'width-mm' on <image> has the value '四十'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_style_the_profile_does_not_define_is_reported()
    {
        var errors = Errors("""
            <document title="T" id="X-1" date="2026-11-20">
              <p style="huge">正文</p>
            </document>
            """);

        var error = Assert.Single(errors);
        Assert.StartsWith("templates/customer-notice/template.sbn(2,6): error: style 'huge' is not defined in the profile (defined: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_is_reported_with_the_parser_position_and_no_stack_trace()
    {
        var errors = Errors("""
            <document title="T" id="X-1" date="2026-11-20">
              <p>水 & 电</p>
            </document>
            """);

        var error = Assert.Single(errors);
        Assert.StartsWith("templates/customer-notice/template.sbn(2,9): error: malformed markup: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_whose_cells_do_not_add_up_with_the_spans_is_reported_at_the_row()
    {
        var errors = Errors("""
            <document title="T" id="X-1" date="2026-11-20">
              <table columns="1,1,1">
                <tr><td rowspan="2">a</td><td>b</td><td>c</td></tr>
                <tr><td>d</td><td>e</td><td>f</td></tr>
              </table>
            </document>
            """);

        Assert.Equal(["templates/customer-notice/template.sbn(4,5): error: row 2 has cells for 3 column(s) and 1 covered by rowspans from above; the table has 3 column(s)"], errors);
    }

    [Fact]
    public void A_colspan_beyond_the_column_count_is_reported_at_the_cell()
    {
        var errors = Errors("""
            <document title="T" id="X-1" date="2026-11-20">
              <table columns="1,1">
                <tr><td colspan="3">a</td></tr>
              </table>
            </document>
            """);

        Assert.Equal(["templates/customer-notice/template.sbn(3,9): error: colspan 3 is beyond the table's 2 column(s)"], errors);
    }

    [Fact]
    public void A_table_with_spans_that_add_up_has_no_errors()
    {
        var result = Notice.Parse(Notice.Body("""
            <table columns="1,1,1" header-rows="1">
              <tr><td colspan="3">头</td></tr>
              <tr><td rowspan="2">a</td><td colspan="2">b</td></tr>
              <tr><td>c</td><td>d</td></tr>
            </table>
            """));

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public void A_missing_image_is_reported_at_its_src()
    {
        var errors = Errors("""
            <document title="T" id="X-1" date="2026-11-20">
              <image src="stamp.png" width-mm="40"/>
            </document>
            """);

        Assert.Equal(["templates/customer-notice/template.sbn(2,10): error: image not found: resource 'stamp.png' was not found"], errors);
    }

    [Fact]
    public void An_image_that_is_not_a_png_is_reported()
    {
        var errors = Errors("""
            <document title="T" id="X-1" date="2026-11-20">
              <image src="not-a-png.png" width-mm="40"/>
            </document>
            """);

        Assert.Equal(["templates/customer-notice/template.sbn(2,10): error: 'not-a-png.png' is not a PNG file (only PNG images are supported)"], errors);
    }

    [Fact]
    public void Parsing_continues_after_an_error_and_reports_every_problem_in_order()
    {
        var errors = Errors("""
            <document title="T" id="X-1" date="2026-11-20">
              <tabel/>
              <p align="middle">正文</p>
              <spacer pt="-3"/>
              <chart kind="bar"><categories><c>一</c><c>二</c></categories><series name="s"><v>1</v><v>x</v></series></chart>
            </document>
            """);

        Assert.Equal(4, errors.Length);
        Assert.Contains("(2,3): error: unknown element <tabel>", errors[0], StringComparison.Ordinal);
        Assert.Contains("(3,6): error: attribute 'align' on <p> has the value 'middle'", errors[1], StringComparison.Ordinal);
        Assert.Contains("(4,11): error: attribute 'pt' on <spacer>", errors[2], StringComparison.Ordinal);
        Assert.Contains("(5,87): error: chart value 'x' is not a number", errors[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Required_document_attributes_are_reported_when_missing()
    {
        var errors = Errors("<document><p>正文</p></document>");

        Assert.Equal(
            [
                "templates/customer-notice/template.sbn(1,1): error: <document> needs the attribute 'title'",
                "templates/customer-notice/template.sbn(1,1): error: <document> needs the attribute 'id'",
                "templates/customer-notice/template.sbn(1,1): error: <document> needs the attribute 'date'",
            ],
            errors);
    }

    [Fact]
    public void A_document_of_another_kind_is_refused()
    {
        var errors = Errors("""<document kind="fee-notice" title="T" id="X-1" date="2026-11-20"><p>正文</p></document>""");

        Assert.Equal(["templates/customer-notice/template.sbn(1,11): error: document kind 'fee-notice' does not match the profile 'customer-notice'"], errors);
    }

    [Fact]
    public void Text_outside_a_paragraph_is_reported()
    {
        var errors = Errors("""<document title="T" id="X-1" date="2026-11-20">散落的文字</document>""");

        Assert.Equal(["templates/customer-notice/template.sbn(1,48): error: text '散落的文字' is not allowed directly inside <document>; put it in a <p>"], errors);
    }

    [Fact]
    public void A_block_element_inside_a_paragraph_is_reported_as_misplaced()
    {
        var errors = Errors("""<document title="T" id="X-1" date="2026-11-20"><p>正文<table columns="1"/></p></document>""");

        Assert.Equal(["templates/customer-notice/template.sbn(1,53): error: <table> is not allowed inside <p>"], errors);
    }

    [Fact]
    public void A_page_break_inside_keep_together_is_reported()
    {
        var errors = Errors("""<document title="T" id="X-1" date="2026-11-20"><keep-together><page-break/></keep-together></document>""");

        Assert.Equal(["templates/customer-notice/template.sbn(1,63): error: <page-break> is not allowed inside <keep-together>"], errors);
    }

    [Fact]
    public void A_chart_series_with_the_wrong_number_of_values_is_reported()
    {
        var errors = Errors("""
            <document title="T" id="X-1" date="2026-11-20">
              <chart kind="line">
                <categories><c>一月</c><c>二月</c></categories>
                <series name="满意度"><v>90</v></series>
              </chart>
            </document>
            """);

        Assert.Equal(["templates/customer-notice/template.sbn(4,5): error: series '满意度' has 1 value(s) but there are 2 categories"], errors);
    }

    [Fact]
    public void A_duplicate_bookmark_name_is_reported()
    {
        var errors = Errors("""<document title="T" id="X-1" date="2026-11-20"><h2 bookmark="a" style="body">一</h2><bookmark name="a" title="二"/></document>""");

        Assert.Equal(["templates/customer-notice/template.sbn(1,94): error: bookmark name 'a' is used twice"], errors);
    }
}
