using ReportingEngine.Documents.Model;
using ReportingEngine.Domain.Surveys;
using ReportingEngine.Generation.Surveys;
using UglyToad.PdfPig;

namespace ReportingEngine.Generation.Tests.Surveys;

public sealed class SurveyFormTests(SurveyEstateFixture estate) : IClassFixture<SurveyEstateFixture>
{
    private static IEnumerable<Inline> Inlines(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    foreach (var inline in p.Inlines)
                    {
                        yield return inline;
                    }

                    break;
                case Table t:
                    foreach (var inline in Inlines(t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks)))
                    {
                        yield return inline;
                    }

                    break;
                case KeepTogether k:
                    foreach (var inline in Inlines(k.Blocks))
                    {
                        yield return inline;
                    }

                    break;
            }
        }
    }

    private async Task<(CommunityEstate Estate, Domain.Satisfaction.Sampling.SamplingPlan Plan)> PlanAsync(string community)
    {
        var (estates, problems) = await estate.Documents.LoadAsync(community, CancellationToken.None);
        Assert.Empty(problems);
        var loaded = Assert.Single(estates);
        return (loaded, estate.Documents.Plan(loaded, new SurveyRequest { Quarter = SurveyEstateFixture.Quarter }, CancellationToken.None));
    }

    [Fact]
    public async Task A_form_has_the_25_items_of_the_six_categories_each_with_six_checkboxes_on_one_page()
    {
        // R-SAT-2: 6 categories, 25 items; five levels plus 不适用.
        var (loaded, plan) = await PlanAsync("C02");
        var model = SurveyDocuments.FormModels(loaded, plan.Quarter, Domain.Satisfaction.Forms.Questionnaires.ForPlan(loaded.Community, plan))[0];
        Assert.Equal(25, model.ItemCount);
        Assert.Equal(6, model.Sections.Count);
        Assert.Equal([7, 6, 6, 2, 3, 1], model.Sections.Select(s => s.Items.Count));
        Assert.Equal(["很满意", "满意", "一般", "不满意", "很不满意", "不适用"], model.Scale);
        SurveyTestData.MaybeUpdateSample(estate.Layout.TemplatesRoot, SurveyDocuments.FormKind, model);

        var outcome = estate.Renderer.Render(SurveyDocuments.FormKind, model, ["pdf", "docx"], CancellationToken.None);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
        Assert.Equal(25 * 6, Inlines(outcome.Document!.Body).OfType<Checkbox>().Count());
        var text = SurveyTestData.PdfText(outcome.Files[0].Content);
        Assert.All(SurveyItems.All, item => Assert.Contains(item.Name, text, StringComparison.Ordinal));
        Assert.Contains(model.Address, text, StringComparison.Ordinal);
        Assert.Equal(1, SurveyTestData.PdfPages(outcome.Files[0].Content));
        DocxCheck.AssertValid(outcome.Files[1].Content);
    }

    [Fact]
    public async Task Each_sampled_household_gets_the_form_with_its_serial_and_address_from_the_visit_list()
    {
        // R-SAT-1: one form per sampled household, unit pre-filled.
        var (loaded, plan) = await PlanAsync("C01");
        var models = SurveyDocuments.FormModels(loaded, plan.Quarter, Domain.Satisfaction.Forms.Questionnaires.ForPlan(loaded.Community, plan));
        Assert.Equal(plan.SampleSize, models.Count);
        Assert.Equal(
            plan.Households.Select(h => (h.Sequence.ToString("000", System.Globalization.CultureInfo.InvariantCulture), $"{h.Building.Name}{h.Unit.Entrance}单元{h.Unit.Label}", h.Unit.Id)),
            models.Select(m => (m.SerialNumber, m.Address, m.UnitId)));
        Assert.Equal(models.Count, models.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_community_gets_one_print_pdf_with_a_bookmark_per_household_and_one_docx_with_a_page_per_household()
    {
        var folder = estate.NewOutputFolder();
        var run = await estate.Documents.GenerateFormsAsync(new SurveyRequest { Quarter = SurveyEstateFixture.Quarter, CommunityId = "C02" }, folder, CancellationToken.None);
        Assert.True(run.Succeeded, string.Join("\n", run.Problems));
        Assert.Equal([Path.Combine(folder, "survey-form-SF-C02-2026Q3.pdf"), Path.Combine(folder, "survey-form-SF-C02-2026Q3.docx")], run.Files);

        var (_, plan) = await PlanAsync("C02");
        var pdf = await File.ReadAllBytesAsync(run.Files[0]);
        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal(plan.SampleSize, document.NumberOfPages);
            Assert.True(document.TryGetBookmarks(out var bookmarks));
            var first = plan.Households[0];
            Assert.Equal(plan.SampleSize, bookmarks.Roots.Count);
            Assert.Equal($"001 {first.Building.Name}{first.Unit.Entrance}单元{first.Unit.Label}", bookmarks.Roots[0].Title);
        }

        var docx = await File.ReadAllBytesAsync(run.Files[1]);
        DocxCheck.AssertValid(docx);
    }

    [Fact]
    public async Task The_combined_docx_body_has_a_bookmark_per_household_and_a_page_break_between_forms()
    {
        var (loaded, plan) = await PlanAsync("C02");
        var models = SurveyDocuments.FormModels(loaded, plan.Quarter, Domain.Satisfaction.Forms.Questionnaires.ForPlan(loaded.Community, plan)).Take(3).ToList();
        var documents = models
            .Select(m => new Documents.Pdf.MergedDocument(estate.Renderer.BuildDocument(SurveyDocuments.FormKind, m, CancellationToken.None).Document!, $"{m.SerialNumber} {m.Address}"))
            .ToList();
        var info = new DocumentInfo("表", "zh-CN", "SF-TEST", plan.Quarter.FirstDay);
        var combined = SurveyDocuments.Combine(documents, info);

        Assert.Equal(info, combined.Info);
        Assert.Equal(models.Select(m => $"{m.SerialNumber} {m.Address}"), combined.Body.OfType<Bookmark>().Select(b => b.Title));
        Assert.Equal(2, combined.Body.OfType<PageBreak>().Count());
        Assert.Equal(documents.Sum(d => d.Document.Body.Count) + 3 + 2, combined.Body.Count);
        using var docx = new MemoryStream();
        estate.Renderer.Writer("docx").Write(combined, docx, CancellationToken.None);
        DocxCheck.AssertValid(docx.ToArray());
    }
}
