using System.Diagnostics;

namespace ReportingEngine.Templating.Tests;

public sealed class SandboxTests : IDisposable
{
    private readonly TemplateFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_runaway_range_loop_stops_with_the_loop_limit_error_at_its_position()
    {
        var error = RenderAssert.SingleError(_folder.Render("<doc>\n\n{{ for i in 1..100000000 }}x{{ end }}", null));

        Assert.Equal("templates/x/template.sbn(3,14): error: loop limit 10000 exceeded", error);
    }

    [Fact]
    public void A_runaway_while_loop_stops_with_the_loop_limit_error()
    {
        var error = RenderAssert.SingleError(_folder.Render("{{ i = 0 }}\n{{ while true; i = i + 1; end }}", null));

        Assert.StartsWith("templates/x/template.sbn(2,", error, StringComparison.Ordinal);
        Assert.EndsWith("): error: loop limit 10000 exceeded", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_loops_share_one_loop_budget()
    {
        var options = TemplateOptions.Default with { LoopLimit = 1000 };

        var error = RenderAssert.SingleError(_folder.Render("{{ for a in 1..100 }}{{ for b in 1..100 }}{{ end }}{{ end }}", null, options));

        Assert.EndsWith("error: loop limit 1000 exceeded", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Loops_within_the_limit_run_to_the_end()
    {
        var markup = RenderAssert.Markup(_folder.Render("{{ for i in 1..5 }}{{ i }}{{ end }}", null));

        Assert.Equal("12345", markup);
    }

    [Fact]
    public void A_while_true_with_a_huge_loop_limit_stops_at_the_timeout()
    {
        var options = TemplateOptions.Default with { LoopLimit = int.MaxValue, Timeout = TimeSpan.FromMilliseconds(300) };
        var watch = Stopwatch.StartNew();

        var error = RenderAssert.SingleError(_folder.Render("<doc>\n{{ while true }}{{ end }}", null, options));

        watch.Stop();
        Assert.StartsWith("templates/x/template.sbn(2,", error, StringComparison.Ordinal);
        Assert.EndsWith("error: template timed out after 300 ms", error, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"stopped only after {watch.Elapsed}");
    }

    [Fact]
    public void Exponential_recursion_without_loops_stops_at_the_timeout()
    {
        // No loop statement runs here: only the per-node deadline check can stop it.
        var options = TemplateOptions.Default with { Timeout = TimeSpan.FromMilliseconds(300) };
        const string template = "{{ func f(n)\n if n <= 0\n  ret 0\n end\n ret f(n - 1) + f(n - 1)\nend }}{{ f 40 }}";

        var error = RenderAssert.SingleError(_folder.Render(template, null, options));

        Assert.EndsWith("error: template timed out after 300 ms", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_callers_cancellation_stops_a_render_with_OperationCanceledException()
    {
        var options = TemplateOptions.Default with { LoopLimit = int.MaxValue, Timeout = TimeSpan.FromMinutes(5) };
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => _folder.Render("{{ while true }}{{ end }}", null, options, cancellation.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"stopped only after {watch.Elapsed}");
    }

    [Fact]
    public void Unbounded_recursion_stops_at_the_recursion_limit()
    {
        var error = RenderAssert.SingleError(_folder.Render("{{ func f(n)\n ret f(n + 1)\nend }}{{ f 1 }}", null));

        Assert.Equal("templates/x/template.sbn(2,6): error: recursion limit 64 exceeded", error);
    }

    [Fact]
    public void Output_larger_than_the_limit_is_an_error_not_a_truncated_document()
    {
        var options = TemplateOptions.Default with { OutputLimit = 1000 };

        var error = RenderAssert.SingleError(_folder.Render("{{ for i in 1..500 }}<p>text</p>{{ end }}", null, options));

        Assert.EndsWith("error: output limit of 1000 characters exceeded", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_string_is_stopped_by_the_string_limit()
    {
        var options = TemplateOptions.Default with { LimitToString = 1000 };

        var error = RenderAssert.SingleError(_folder.Render("{{ 'x' | string.pad_left 1000000 }}", null, options));

        Assert.EndsWith("error: string limit of 1000 characters exceeded", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_variable_is_an_error_naming_it_with_its_position()
    {
        var error = RenderAssert.SingleError(_folder.Render("<doc>\n  <p>{{ owner_nmae }}</p>", new Dictionary<string, object?> { ["owner_name"] = "王" }));

        Assert.StartsWith("templates/x/template.sbn(2,9): error: ", error, StringComparison.Ordinal);
        Assert.Contains("`owner_nmae`", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_member_of_a_model_object_is_an_error()
    {
        var model = new Dictionary<string, object?> { ["owner"] = new Dictionary<string, object?> { ["name"] = "王" } };

        var error = RenderAssert.SingleError(_folder.Render("{{ owner.nmae.first }}", model));

        Assert.StartsWith("templates/x/template.sbn(1,", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_inside_the_kinds_folder_works()
    {
        _folder.Write("x/parts/row.sbn", "<row>{{ name }}</row>");

        Assert.Equal("<row>A</row>", RenderAssert.Markup(_folder.Render("{{ include 'parts/row.sbn' }}", new Dictionary<string, object?> { ["name"] = "A" })));
    }

    [Fact]
    public void An_include_from_the_shared_folder_works_and_the_extension_may_be_left_out()
    {
        _folder.Write("_shared/letterhead.sbn", "<header>物业服务中心</header>");

        Assert.Equal("<header>物业服务中心</header>", RenderAssert.Markup(_folder.Render("{{ include '_shared/letterhead' }}", null)));
    }

    [Theory]
    [InlineData("../other/template.sbn")]
    [InlineData("/etc/passwd")]
    [InlineData("parts/../../other/template.sbn")]
    [InlineData("parts\\row.sbn")]
    [InlineData("C:/windows/win.ini")]
    [InlineData("./row.sbn")]
    [InlineData("~/row.sbn")]
    public void An_include_that_could_leave_the_templates_folder_is_refused(string name)
    {
        _folder.Write("other/template.sbn", "secret");
        _folder.Write("x/row.sbn", "row");

        var error = RenderAssert.SingleError(_folder.Render("<doc>\n{{ include '" + name.Replace("\\", "\\\\", StringComparison.Ordinal) + "' }}", null));

        Assert.StartsWith("templates/x/template.sbn(2,", error, StringComparison.Ordinal);
        Assert.Contains("refused", error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_of_another_kinds_template_is_not_found()
    {
        _folder.Write("other/template.sbn", "secret");

        var error = RenderAssert.SingleError(_folder.Render("{{ include 'other/template.sbn' }}", null));

        Assert.Contains("include 'other/template.sbn' not found in templates/x/", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_include_name_computed_from_data_is_still_confined()
    {
        var error = RenderAssert.SingleError(_folder.Render("{{ include name }}", new Dictionary<string, object?> { ["name"] = "../../../etc/passwd" }));

        Assert.Contains("refused", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ date.utc_now }}")]
    [InlineData("{{ math.random 1 10 }}")]
    [InlineData("{{ math.uuid }}")]
    [InlineData("{{ object.eval '1+1' }}")]
    [InlineData("{{ object.eval_template '{{ 1 }}' }}")]
    [InlineData("{{ include_join ['a'] '' }}")]
    public void Built_ins_that_read_the_clock_draw_randomness_or_evaluate_strings_are_gone(string template)
    {
        var result = _folder.Render(template, null);

        Assert.False(result.Succeeded, "expected an error, got: " + result.Markup);
    }

    [Fact]
    public void Built_in_objects_cannot_be_modified_by_a_template()
    {
        var result = _folder.Render("{{ string.upcase = 1 }}", null);

        Assert.False(result.Succeeded, "a template changed a shared built-in");
    }

    [Fact]
    public void A_template_sees_only_the_data_of_a_model_record_not_its_methods()
    {
        var model = new { Owner = new OwnerWithMethod("王小明") };

        Assert.Equal("王小明", RenderAssert.Markup(_folder.Render("{{ owner.name }}", model)));
        Assert.Contains("member `secret` not found", RenderAssert.SingleError(_folder.Render("{{ owner.secret }}", model)), StringComparison.Ordinal);
        Assert.Contains("member `get_type` not found", RenderAssert.SingleError(_folder.Render("{{ owner.get_type }}", model)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_member_is_an_error_not_a_blank()
    {
        var model = new Dictionary<string, object?> { ["owner"] = new Dictionary<string, object?> { ["name"] = "王", ["phone"] = null } };

        Assert.Equal("templates/x/template.sbn(1,10): error: member `nmae` not found in the model object", RenderAssert.SingleError(_folder.Render("{{ owner.nmae }}", model)));
        Assert.Equal("[]", RenderAssert.Markup(_folder.Render("[{{ owner.phone }}]", model)));
    }

    [Fact]
    public void A_removed_built_in_says_why()
    {
        var error = RenderAssert.SingleError(_folder.Render("{{ date.now }}", null));

        Assert.Equal("templates/x/template.sbn(1,4): error: date.now is not available in templates: documents take their dates from the model, never from the clock (same data, same document)", error);
    }

    public sealed class OwnerWithMethod(string name)
    {
        public string Name { get; } = name;

        public string Secret() => "secret";
    }

    [Fact]
    public void Ordinary_built_ins_remain_available()
    {
        var markup = RenderAssert.Markup(_folder.Render("{{ 'abc' | string.upcase }} {{ [3,1,2] | array.sort | array.join ',' }} {{ 7 % 3 }}", null));

        Assert.Equal("ABC 1,2,3 1", markup);
    }

    [Fact]
    public void A_missing_kind_folder_is_a_diagnostic_not_an_exception()
    {
        var result = _folder.Engine().Render("no-such-kind", null, CancellationToken.None);

        Assert.Equal("templates/no-such-kind: error: template folder templates/no-such-kind/ does not exist", RenderAssert.SingleError(result));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc")]
    [InlineData("Fee-Notice")]
    [InlineData("")]
    public void A_kind_that_is_not_a_plain_folder_name_is_refused(string kind)
    {
        _folder.Write("x/template.sbn", "x");

        var result = _folder.Engine().Render(kind, null, CancellationToken.None);

        Assert.Contains("is not a template kind", RenderAssert.SingleError(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_in_a_template_folder_is_refused()
    {
        _folder.Write("x/template.sbn", "{{ include 'leak' }}");
        var outside = Path.Combine(_folder.Root, "outside.sbn");
        File.WriteAllText(outside, "secret");
        File.CreateSymbolicLink(Path.Combine(_folder.TemplatesRoot, "x", "leak.sbn"), outside);

        var set = _folder.Engine().LoadKind("x", CancellationToken.None);

        Assert.Equal("templates/x/leak.sbn: error: symbolic links are not allowed in a template folder", Assert.Single(set.Diagnostics).ToString());
    }

    [Fact]
    public void A_folder_without_template_sbn_is_a_diagnostic()
    {
        _folder.Write("y/sample.json", "{}");

        var result = _folder.Engine().Render("y", null, CancellationToken.None);

        Assert.Equal("templates/y/template.sbn: error: template.sbn is missing from the template folder", RenderAssert.SingleError(result));
    }

    [Fact]
    public void The_diagnostic_root_names_the_folder_as_the_user_sees_it()
    {
        var options = TemplateOptions.Default with { DiagnosticRoot = "config/templates" };

        var error = RenderAssert.SingleError(_folder.Render("{{ nope }}", null, options));

        Assert.StartsWith("config/templates/x/template.sbn(1,4): error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_from_many_threads_at_once_give_the_same_markup()
    {
        _folder.Write("x/template.sbn", "{{ for b in bills }}<b n=\"{{ b.no }}\">{{ b.amount | money }}</b>{{ end }}");
        var engine = _folder.Engine();
        var bills = Enumerable.Range(1, 50).Select(i => new Dictionary<string, object?> { ["no"] = i, ["amount"] = i * 1.5m }).ToList();
        var model = new Dictionary<string, object?> { ["bills"] = bills };
        var expected = RenderAssert.Markup(engine.Render("x", model, CancellationToken.None));

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = RenderAssert.Markup(engine.Render("x", model, CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Options_that_switch_a_limit_off_are_refused_when_the_engine_is_built(int limit)
    {
        Assert.Throws<ArgumentException>(() => new TemplateEngine(TemplateOptions.Default with { LoopLimit = limit }));
        Assert.Throws<ArgumentException>(() => new TemplateEngine(TemplateOptions.Default with { Timeout = TimeSpan.FromSeconds(limit) }));
    }
}
