using ReportingEngine.Generation.Surveys;
using ReportingEngine.Generation.Surveys.Models;

namespace ReportingEngine.Generation.Tests.Surveys;

public sealed class SurveyPlanTests(SurveyEstateFixture estate) : IClassFixture<SurveyEstateFixture>
{
    private async Task<IReadOnlyList<SurveyPlanModel>> ModelsAsync(SurveyRequest request)
    {
        var (models, problems, _) = await estate.Documents.BuildPlanModelsAsync(request, CancellationToken.None);
        Assert.Empty(problems);
        return models;
    }

    [Fact]
    public async Task Each_sample_community_gets_a_conforming_visit_list_with_its_seed_and_per_building_counts()
    {
        // R-SAT-3: ≥ 1 household per entrance, allocation by building, ≥ 10 %, reproducible from the seed.
        var models = await ModelsAsync(new SurveyRequest { Quarter = SurveyEstateFixture.Quarter });
        Assert.Equal(3, models.Count);
        SurveyTestData.MaybeUpdateSample(estate.Layout.TemplatesRoot, SurveyDocuments.PlanKind, models[1]);
        foreach (var model in models)
        {
            Assert.Equal(model.SampleSize, model.Visits.Count);
            Assert.Equal(model.SampleSize, model.Buildings.Sum(b => b.Sampled));
            Assert.True(model.SampleSize * 10 >= model.Households, model.CommunityName);
            Assert.True(model.SampleSize >= model.Entrances);
            Assert.All(model.Buildings.Where(b => b.Households > 0), b => Assert.True(b.Sampled >= b.Entrances));
            Assert.Equal(model.Visits.Select((_, i) => (i + 1).ToString("000", System.Globalization.CultureInfo.InvariantCulture)), model.Visits.Select(v => v.Serial));

            var outcome = estate.Renderer.Render(SurveyDocuments.PlanKind, model, ["pdf", "docx"], CancellationToken.None);
            Assert.True(outcome.Succeeded, string.Join("\n", outcome.Problems));
            var text = SurveyTestData.PdfText(outcome.Files[0].Content);
            Assert.Contains(model.Seed, text, StringComparison.Ordinal);
            Assert.Contains(model.Visits[^1].UnitLabel, text, StringComparison.Ordinal);
            DocxCheck.AssertValid(outcome.Files[1].Content);
        }
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_visit_list_and_another_seed_another()
    {
        var request = new SurveyRequest { Quarter = SurveyEstateFixture.Quarter, CommunityId = "C01", Seed = 42 };
        var first = Assert.Single(await ModelsAsync(request));
        var again = Assert.Single(await ModelsAsync(request));
        var other = Assert.Single(await ModelsAsync(request with { Seed = 43 }));
        Assert.Equal("0x000000000000002A", first.Seed);
        Assert.Equal(first.Visits, again.Visits);
        Assert.NotEqual(first.Visits, other.Visits);
        Assert.Equal(first.Buildings.Select(b => b.Sampled).Sum(), other.Buildings.Select(b => b.Sampled).Sum());
    }

    [Fact]
    public async Task Rendering_the_same_plan_twice_gives_byte_identical_files()
    {
        var model = Assert.Single(await ModelsAsync(new SurveyRequest { Quarter = SurveyEstateFixture.Quarter, CommunityId = "C02" }));
        var a = estate.Renderer.Render(SurveyDocuments.PlanKind, model, ["pdf", "docx"], CancellationToken.None);
        var b = estate.Renderer.Render(SurveyDocuments.PlanKind, model, ["pdf", "docx"], CancellationToken.None);
        Assert.True(a.Succeeded, string.Join("\n", a.Problems));
        Assert.Equal(a.Files[0].Content, b.Files[0].Content);
        Assert.Equal(a.Files[1].Content, b.Files[1].Content);
    }

    [Fact]
    public async Task Every_file_written_is_recorded_in_the_output_register_with_its_hash()
    {
        var database = Data.Connections.EstateConnectionFactory.Create(estate.Connection);
        var register = new Register.OutputRegister(database);
        var documents = new SurveyDocuments(estate.Reader, estate.Renderer, TimeProvider.System, register, "test");
        var folder = estate.NewOutputFolder();
        var run = await documents.GeneratePlansAsync(new SurveyRequest { Quarter = SurveyEstateFixture.Quarter, CommunityId = "C02" }, folder, CancellationToken.None);
        Assert.True(run.Succeeded, string.Join("\n", run.Problems));

        var entries = await register.FindAsync("SP-C02-2026Q3", CancellationToken.None);
        Assert.Equal(["docx", "pdf"], entries.Select(e => e.Format).Order(StringComparer.Ordinal));
        foreach (var entry in entries)
        {
            var path = Path.Combine(folder, entry.FileName);
            Assert.Equal(Register.ContentHash.Sha256(await File.ReadAllBytesAsync(path)), entry.FileSha256);
            Assert.Equal(("survey-plan", "C02", "2026Q3"), (entry.Kind, entry.Subject, entry.Period));
        }
    }
}
