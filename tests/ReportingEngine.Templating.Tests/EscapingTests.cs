using System.Xml.Linq;

namespace ReportingEngine.Templating.Tests;

public sealed class EscapingTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("<b>&")]
    [InlineData("{{ 1+1 }}")]
    [InlineData("He said \"hi\" & 'bye'")]
    [InlineData("</p><injected/><p>")]
    [InlineData("&amp; already an entity")]
    [InlineData("王小明 <1502室> 🏠")]
    public void Hostile_data_prints_literally_in_text_and_attributes_once_parsed_as_XML(string hostile)
    {
        var result = _folder.Render("<doc><p title=\"{{ name }}\">{{ name }}</p></doc>", new Dictionary<string, object?> { ["name"] = hostile });

        var document = XDocument.Parse(RenderAssert.Markup(result));
        var paragraph = document.Root!.Element("p")!;
        Assert.Equal(hostile, paragraph.Value);
        Assert.Equal(hostile, paragraph.Attribute("title")!.Value);
        Assert.Empty(paragraph.Elements());
    }

    [Fact]
    public void Data_braces_are_never_evaluated_as_a_template()
    {
        var markup = RenderAssert.Markup(_folder.Render("{{ name }}", new Dictionary<string, object?> { ["name"] = "{{ 1+1 }}{{ date.now }}" }));

        Assert.Equal("{{ 1+1 }}{{ date.now }}", markup);
    }

    [Fact]
    public void Control_characters_not_allowed_in_XML_become_the_replacement_character()
    {
        var hostile = "a\u0001b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g\tok\nline";

        var markup = RenderAssert.Markup(_folder.Render("<doc>{{ name }}</doc>", new Dictionary<string, object?> { ["name"] = hostile }));

        var document = XDocument.Parse(markup);
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\tok\nline", document.Root!.Value);
    }

    [Fact]
    public void Surrogate_pairs_survive_escaping()
    {
        var markup = RenderAssert.Markup(_folder.Render("{{ name }}", new Dictionary<string, object?> { ["name"] = "𠀋 & 🏠" }));

        Assert.Equal("𠀋 &amp; 🏠", markup);
    }

    [Fact]
    public void Template_literal_text_is_markup_and_is_not_escaped()
    {
        var markup = RenderAssert.Markup(_folder.Render("<p a=\"1\">&amp;{{ 'x' }}</p>", null));

        Assert.Equal("<p a=\"1\">&amp;x</p>", markup);
    }

    [Fact]
    public void String_expressions_written_in_the_template_are_escaped_too()
    {
        var markup = RenderAssert.Markup(_folder.Render("{{ '<b>' + name }}", new Dictionary<string, object?> { ["name"] = "&" }));

        Assert.Equal("&lt;b&gt;&amp;", markup);
    }

    [Fact]
    public void Raw_markup_from_the_engine_prints_as_markup()
    {
        var model = new Dictionary<string, object?> { ["chart"] = new RawMarkup("<chart kind=\"bar\"/>") };

        Assert.Equal("<doc><chart kind=\"bar\"/></doc>", RenderAssert.Markup(_folder.Render("<doc>{{ chart }}</doc>", model)));
    }

    [Fact]
    public void Raw_markup_turned_into_a_string_by_the_template_is_escaped_again()
    {
        var model = new Dictionary<string, object?> { ["chart"] = new RawMarkup("<c/>") };

        Assert.Equal("&lt;c/&gt;!", RenderAssert.Markup(_folder.Render("{{ chart + '!' }}", model)));
    }

    [Fact]
    public void Included_markup_is_escaped_once_not_twice()
    {
        _folder.Write("x/row.sbn", "<row>{{ name }}</row>");

        var markup = RenderAssert.Markup(_folder.Render("<t>{{ include 'row.sbn' }}</t>", new Dictionary<string, object?> { ["name"] = "A&B" }));

        Assert.Equal("<t><row>A&amp;B</row></t>", markup);
    }

    [Fact]
    public void Captured_markup_is_escaped_once_not_twice()
    {
        var markup = RenderAssert.Markup(_folder.Render(
            "{{ capture cell }}<c>{{ name }}</c>{{ end }}<r>{{ cell }}</r>",
            new Dictionary<string, object?> { ["name"] = "<x>" }));

        Assert.Equal("<r><c>&lt;x&gt;</c></r>", markup);
    }

    [Fact]
    public void Function_output_is_markup_and_its_values_are_escaped()
    {
        var markup = RenderAssert.Markup(_folder.Render(
            "{{ func cell(v) }}<c>{{ v }}</c>{{ end }}{{ cell name }}",
            new Dictionary<string, object?> { ["name"] = "a<b" }));

        Assert.Equal("<c>a&lt;b</c>", markup);
    }
}
