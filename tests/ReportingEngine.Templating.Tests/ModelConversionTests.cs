using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportingEngine.Templating.Tests;

public sealed class ModelConversionTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_JSON_model_with_nested_arrays_renders()
    {
        using var json = JsonDocument.Parse("""
            {
              "community": "阳光花园",
              "buildings": [
                { "name": "1栋", "units": [ { "label": "15-02", "owner": "王小明" }, { "label": "15-03", "owner": "李四" } ] },
                { "name": "2栋", "units": [] }
              ],
              "matrix": [[1, 2], [3]]
            }
            """);
        const string template = "{{ community }}:{{ for b in buildings }}[{{ b.name }}={{ for u in b.units }}{{ u.label }} {{ u.owner }};{{ end }}]{{ end }}|{{ matrix[0][1] }}{{ matrix[1][0] }}|{{ buildings.size }}";

        var markup = RenderAssert.Markup(_folder.Render(template, json));

        Assert.Equal("阳光花园:[1栋=15-02 王小明;15-03 李四;][2栋=]|23|2", markup);
    }

    [Fact]
    public void Decimals_from_JSON_stay_exact()
    {
        using var json = JsonDocument.Parse("""{ "a": 0.1, "b": 0.2, "fee": 2.675, "area": 89.50 }""");

        var markup = RenderAssert.Markup(_folder.Render("{{ a + b }}|{{ a + b == 0.3 }}|{{ fee * 3 }}|{{ area }}|{{ fee | money }}", json.RootElement));

        Assert.Equal("0.3|true|8.025|89.50|2.68", markup);
    }

    [Fact]
    public void Decimal_literals_in_templates_are_exact_too()
    {
        Assert.Equal("0.3", RenderAssert.Markup(_folder.Render("{{ 0.1 + 0.2 }}", null)));
    }

    [Fact]
    public void JSON_integers_stay_integers()
    {
        using var json = JsonDocument.Parse("""{ "count": 3, "big": 12345678901234 }""");

        Assert.Equal("1|12345678901235", RenderAssert.Markup(_folder.Render("{{ count / 2 | math.floor }}|{{ big + 1 }}", json)));
    }

    [Fact]
    public void JSON_keys_and_record_properties_become_snake_case()
    {
        using var json = JsonDocument.Parse("""{ "OwnerName": "甲", "roomNo": "02", "posting_date": "2026-11-15" }""");

        Assert.Equal("甲 02 2026-11-15", RenderAssert.Markup(_folder.Render("{{ owner_name }} {{ room_no }} {{ posting_date }}", json)));
        Assert.Equal("乙 5", RenderAssert.Markup(_folder.Render("{{ owner_name }} {{ unit_count }}", new Notice("乙", 5))));
    }

    [Fact]
    public void Two_JSON_keys_with_the_same_snake_case_name_are_an_error()
    {
        using var json = JsonDocument.Parse("""{ "owner": { "OwnerName": "甲", "owner_name": "乙" } }""");

        Assert.Equal(
            "model.owner.owner_name: error: two members map to the same template name 'owner_name' (names are snake_case in templates)",
            RenderAssert.SingleError(_folder.Render("{{ owner }}", json)));
    }

    [Fact]
    public void A_JSON_node_model_is_accepted()
    {
        var node = new JsonObject { ["title"] = "停水通知", ["amount"] = 12.30m };

        Assert.Equal("停水通知 12.30", RenderAssert.Markup(_folder.Render("{{ title }} {{ amount }}", node)));
    }

    [Fact]
    public void Dates_and_enums_arrive_as_ISO_text()
    {
        var model = new Dated(new DateOnly(2026, 11, 15), new DateTime(2026, 11, 15, 8, 30, 0), new TimeOnly(9, 5), DayOfWeek.Sunday, new DateTimeOffset(2026, 11, 15, 8, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal(
            "2026-11-15|2026-11-15T08:30:00|09:05:00|Sunday|2026-11-15T08:00:00+08:00",
            RenderAssert.Markup(_folder.Render("{{ on }}|{{ at }}|{{ time }}|{{ day }}|{{ stamp }}", model)));
    }

    [Fact]
    public void Dictionary_keys_are_data_and_kept_as_written()
    {
        var model = new { Fees = new Dictionary<string, decimal> { ["物业费"] = 120.5m, ["WaterFee"] = 30m } };

        Assert.Equal("120.50|30.00", RenderAssert.Markup(_folder.Render("{{ fees['物业费'] | money }}|{{ fees.WaterFee | money }}", model)));
    }

    [Fact]
    public void Lists_of_records_render_in_order()
    {
        var model = new { Bills = new List<Bill> { new("2026-10", 100m), new("2026-11", 200.5m) } };

        Assert.Equal("2026年10月 100.00;2026年11月 200.50;", RenderAssert.Markup(_folder.Render("{{ for b in bills }}{{ b.period | period_cn }} {{ b.amount | money }};{{ end }}", model)));
    }

    [Fact]
    public void A_model_that_is_not_an_object_is_refused()
    {
        using var json = JsonDocument.Parse("[1, 2]");

        Assert.Equal("model: error: the model must be an object with named members, not a list", RenderAssert.SingleError(_folder.Render("x", json)));
    }

    [Fact]
    public void A_stream_in_the_model_is_refused_with_its_member_path()
    {
        using var stream = new MemoryStream();
        var model = new { Owner = new { Photo = stream } };

        Assert.Equal(
            "model.owner.photo: error: type System.IO.MemoryStream cannot be passed to a template (use strings, numbers, booleans, dates, lists, dictionaries or records)",
            RenderAssert.SingleError(_folder.Render("x", model)));
    }

    [Fact]
    public void A_delegate_or_a_type_in_the_model_is_refused()
    {
        Assert.Contains("cannot be passed to a template", RenderAssert.SingleError(_folder.Render("x", new { Callback = new Func<int>(() => 1) })), StringComparison.Ordinal);
        Assert.Contains("cannot be passed to a template", RenderAssert.SingleError(_folder.Render("x", new { Kind = typeof(string) })), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_in_the_model_is_refused()
    {
        var node = new Node { Name = "a" };
        node.Next = node;

        Assert.Equal("model.next: error: the model refers back to itself (a cycle)", RenderAssert.SingleError(_folder.Render("x", node)));
    }

    [Fact]
    public void The_same_object_twice_is_not_a_cycle()
    {
        var shared = new Bill("2026-11", 1m);
        var model = new { First = shared, Second = shared };

        Assert.Equal("2026-11 2026-11", RenderAssert.Markup(_folder.Render("{{ first.period }} {{ second.period }}", model)));
    }

    [Fact]
    public void A_model_nested_deeper_than_the_limit_is_refused()
    {
        var json = JsonDocument.Parse(string.Concat(Enumerable.Repeat("{\"a\":", 10)) + "1" + new string('}', 10));
        var options = TemplateOptions.Default with { ModelDepthLimit = 5 };

        Assert.Contains("nested deeper than 5 levels", RenderAssert.SingleError(_folder.Render("x", json, options)), StringComparison.Ordinal);
        json.Dispose();
    }

    [Fact]
    public void A_model_member_that_would_hide_a_built_in_is_refused()
    {
        Assert.Equal(
            "model.date: error: model member 'date' would hide the built-in 'date' of templates; rename it",
            RenderAssert.SingleError(_folder.Render("x", new { Date = "2026-11-15" })));
    }

    [Fact]
    public void A_null_model_renders_a_template_that_needs_no_data()
    {
        Assert.Equal("<doc/>", RenderAssert.Markup(_folder.Render("<doc/>", null)));
    }

    public sealed record Notice(string OwnerName, int UnitCount);

    public sealed record Bill(string Period, decimal Amount);

    public sealed record Dated(DateOnly On, DateTime At, TimeOnly Time, DayOfWeek Day, DateTimeOffset Stamp);

    public sealed class Node
    {
        public string Name { get; set; } = string.Empty;

        public Node? Next { get; set; }
    }
}
