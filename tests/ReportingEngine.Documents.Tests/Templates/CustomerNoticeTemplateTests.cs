using System.Text.Json;
using ReportingEngine.Documents.Conformance;
using ReportingEngine.Documents.Markup;
using ReportingEngine.Documents.Model;
using ReportingEngine.Documents.Profiles;
using ReportingEngine.Documents.Tests.TestSupport;

namespace ReportingEngine.Documents.Tests.Templates;

public sealed class CustomerNoticeTemplateTests
{
    private static string Folder(params string[] parts) => RepoRoot.Combine(["templates", .. parts]);

    [Fact]
    public async Task The_customer_notice_profile_file_loads_without_diagnostics()
    {
        var result = await ProfileLoader.LoadFileAsync(Folder("customer-notice", "profile.json"), "templates/customer-notice/profile.json");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("customer-notice", result.Profile!.Kind);
        Assert.Equal(["R-NOT-1", "R-NOT-2", "R-NOT-3"], result.Profile.Implements);
    }

    [Fact]
    public void Markup_like_the_template_output_parses_with_the_real_seal_and_conforms()
    {
        var resources = new FolderResourceResolver(Folder("customer-notice"), Folder("_assets"));
        var markup = Notice.Markup.Replace("src=\"seal.png\"", "src=\"seal-sample.png\"", StringComparison.Ordinal);

        var result = MarkupParser.Parse(markup, Notice.File, Notice.Profile, resources);

        Assert.Empty(result.Diagnostics);
        var document = result.Document!;
        Assert.Empty(ConformanceChecker.Check(document));
        var seal = document.Body.OfType<KeepTogether>().Single().Blocks.OfType<Image>().Single();
        Assert.True(seal.IsSeal);
        Assert.Equal((40.0, 40.0), (seal.WidthMm, seal.HeightMm));
        Assert.Equal(File.ReadAllBytes(Folder("_assets", "seal-sample.png")), seal.Png);
        var body = document.Body.OfType<Paragraph>().ToList();
        Assert.Equal("为保障小区生活用水水质安全，物业服务中心定于2026年11月24日（星期二）对小区二次供水水箱进行清洗消毒，届时将暂停供水。",
            Assert.IsType<TextRun>(Assert.Single(body[1].Inlines)).Text);
    }

    [Fact]
    public void The_sample_model_states_every_field_the_template_uses_and_a_kind_of_R_NOT_1()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Folder("customer-notice", "sample.json")));
        var root = sample.RootElement;
        var template = File.ReadAllText(Folder("customer-notice", "template.sbn"));

        foreach (var field in new[] { "notice_kind", "document_id", "community", "title", "salutation", "paragraphs", "schedule", "closing", "service_center", "service_phone", "posting_date", "valid_until", "seal" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"sample.json lacks '{field}'");
            Assert.Contains(field, template, StringComparison.Ordinal);
        }

        // R-NOT-1: important/urgent, general, formal, warm reminder, another organization's notice.
        Assert.Contains(root.GetProperty("notice_kind").GetString(), new[] { "important", "general", "formal", "reminder", "other-organization" });
        Assert.Equal("2026-11-20", root.GetProperty("posting_date").GetString());
        Assert.Equal("2026-11-27", root.GetProperty("valid_until").GetString());
        Assert.True(File.Exists(Folder("_assets", root.GetProperty("seal").GetString()!)));
    }

    [Fact]
    public void The_sample_seal_is_a_png_with_transparency()
    {
        var png = File.ReadAllBytes(Folder("_assets", "seal-sample.png"));

        Assert.True(PngInfo.TryRead(png, out var info));
        Assert.Equal((600, 600), (info.Width, info.Height));
        // IHDR colour type 3 = palette, with a tRNS chunk giving each entry its opacity (the ink colour is the same in all).
        Assert.Equal(3, png[25]);
        Assert.True(png.AsSpan().IndexOf("tRNS"u8) > 0);
    }
}
