using System.Text.Json;
using System.Text.Json.Nodes;
using UglyToad.PdfPig;

namespace ReportingEngine.Generation.Tests.Rendering;

public sealed class CustomerNoticeRenderingTests(RepositoryFixture repository) : IClassFixture<RepositoryFixture>
{
    private const string Kind = "customer-notice";

    private JsonNode Sample() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(repository.Layout.TemplatesRoot, Kind, "sample.json")))!;

    private RenderOutcomeView Render(JsonNode model)
    {
        using var json = JsonDocument.Parse(model.ToJsonString());
        var outcome = repository.Renderer.Render(Kind, json.RootElement, ["pdf", "docx"], CancellationToken.None);
        return new RenderOutcomeView(outcome);
    }

    [Fact]
    public void The_sample_notice_renders_to_a_pdf_and_a_docx()
    {
        var outcome = Render(Sample()).Outcome;

        Assert.True(outcome.Succeeded, string.Join(Environment.NewLine, outcome.Problems));
        Assert.Equal(["pdf", "docx"], outcome.Files.Select(f => f.Format));
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(outcome.Files[0].Content, 0, 5));
        Assert.Equal((byte)'P', outcome.Files[1].Content[0]);
        Assert.Equal(64, outcome.TemplateVersion!.Length);
    }

    [Fact]
    public void The_same_model_and_template_give_byte_identical_files()
    {
        var first = Render(Sample()).Outcome;
        var second = Render(Sample()).Outcome;

        Assert.Equal(first.Files[0].Content, second.Files[0].Content);
        Assert.Equal(first.Files[1].Content, second.Files[1].Content);
    }

    [Fact]
    public void Hostile_data_prints_as_written_in_the_pdf()
    {
        var model = Sample();
        model["community"] = "<b>&amp; {{ 1+1 }}";

        var outcome = Render(model).Outcome;

        Assert.True(outcome.Succeeded, string.Join(Environment.NewLine, outcome.Problems));
        using var pdf = PdfDocument.Open(outcome.Files[0].Content);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("<b>&amp;{{1+1}}", text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_without_its_validity_date_is_not_written_and_the_rule_is_named()
    {
        // R-NOT-2: the validity end date must be stated. An empty value leaves the validity line without a date,
        // which the template must refuse to render rather than print an incomplete notice.
        var model = Sample();
        model.AsObject().Remove("valid_until");

        var outcome = Render(model).Outcome;

        Assert.False(outcome.Succeeded);
        Assert.Empty(outcome.Files);
        Assert.Contains(outcome.Problems, p => p.Contains("valid_until", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_format_is_refused_with_a_clear_message()
    {
        using var json = JsonDocument.Parse(Sample().ToJsonString());

        var outcome = repository.Renderer.Render(Kind, json.RootElement, ["odt"], CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Problems, p => p.Contains("unknown format(s) odt", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_kind_is_reported_not_thrown()
    {
        var outcome = repository.Renderer.Render("no-such-kind", null, ["pdf"], CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.NotEmpty(outcome.Problems);
    }
}

/// <summary>Keeps the test bodies short.</summary>
internal sealed record RenderOutcomeView(ReportingEngine.Generation.Rendering.RenderOutcome Outcome);
