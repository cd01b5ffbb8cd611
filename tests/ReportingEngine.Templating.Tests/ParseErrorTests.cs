namespace ReportingEngine.Templating.Tests;

public sealed class ParseErrorTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Two_parse_errors_give_two_diagnostics_with_1_based_positions()
    {
        _folder.Write("x/template.sbn", "<doc>\n {{ if }}\n{{ for }} {{ end");

        var set = _folder.Engine().LoadKind("x", CancellationToken.None);

        Assert.False(set.IsValid);
        Assert.Equal(2, set.Diagnostics.Count);
        Assert.StartsWith("templates/x/template.sbn(2,8): error: ", set.Diagnostics[0].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("templates/x/template.sbn(3,8): error: ", set.Diagnostics[1].ToString(), StringComparison.Ordinal);
        Assert.Equal((2, 8), (set.Diagnostics[0].Line, set.Diagnostics[0].Column));
    }

    [Fact]
    public void A_render_of_a_template_with_parse_errors_returns_them_all()
    {
        var result = _folder.Render("{{ 1 + }}\n\n{{ )) }}", null);

        Assert.False(result.Succeeded);
        Assert.Null(result.Markup);
        Assert.Collection(
            result.Diagnostics,
            d => Assert.StartsWith("templates/x/template.sbn(1,8): error: ", d.ToString(), StringComparison.Ordinal),
            d => Assert.Equal("templates/x/template.sbn(3,4): error: Unexpected token )", d.ToString()));
    }

    [Fact]
    public void Parse_errors_in_an_included_file_are_found_at_load_with_that_files_path()
    {
        _folder.Write("x/template.sbn", "{{ include 'row' }}");
        _folder.Write("x/row.sbn", "ok\n{{ 1 + }}");

        var set = _folder.Engine().LoadKind("x", CancellationToken.None);

        var diagnostic = Assert.Single(set.Diagnostics);
        Assert.StartsWith("templates/x/row.sbn(2,8): error: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_runtime_error_in_an_included_file_names_that_file()
    {
        _folder.Write("x/row.sbn", "line one\n{{ missing_variable }}");

        var error = RenderAssert.SingleError(_folder.Render("{{ include 'row' }}", null));

        Assert.StartsWith("templates/x/row.sbn(2,4): error: ", error, StringComparison.Ordinal);
        Assert.Contains("`missing_variable`", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_is_not_UTF8_is_a_diagnostic()
    {
        _folder.WriteBytes("x/template.sbn", [0x3C, 0x70, 0x3E, 0xC3, 0x28, 0xFF]);

        var set = _folder.Engine().LoadKind("x", CancellationToken.None);

        Assert.Contains(set.Diagnostics, d => d.ToString() == "templates/x/template.sbn: error: file is not valid UTF-8");
    }

    [Fact]
    public void A_function_given_bad_input_reports_the_call_position()
    {
        var error = RenderAssert.SingleError(_folder.Render("<p>\n  {{ money_cn amount }}</p>", new Dictionary<string, object?> { ["amount"] = "abc" }));

        Assert.StartsWith("templates/x/template.sbn(2,", error, StringComparison.Ordinal);
        Assert.EndsWith("error: money_cn expects a number, got 'abc'", error, StringComparison.Ordinal);
    }
}
