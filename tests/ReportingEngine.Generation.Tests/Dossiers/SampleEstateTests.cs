using Xunit.Abstractions;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Access;
using ReportingEngine.Generation.Dossiers;

namespace ReportingEngine.Generation.Tests.Dossiers;

/// <summary>Issue 4 "done when": on the sample estate every dossier document conforms and passes the validators.</summary>
public sealed class SampleEstateTests(SampleEstateFixture estate, ITestOutputHelper output) : IClassFixture<SampleEstateFixture>
{
    private static readonly DateOnly AsOf = new(2026, 12, 1);

    private void AssertValidFiles(DossierRunResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.NotEmpty(result.Files);
        foreach (var file in result.Files)
        {
            if (file.EndsWith(".docx", StringComparison.Ordinal))
            {
                PdfText.AssertValidDocx(file);
            }
            else
            {
                ExternalTool.TryRun(ExternalTool.Qpdf, output, "--check", file)?.AssertSuccess();
            }
        }
    }

    [Fact]
    public async Task Every_checklist_of_the_sample_estate_passes_the_conformance_check()
    {
        // R-DOS-8 for all 1,200 dossiers: template → markup → model → profile conformance (no files written).
        var communities = await estate.Reader.GetCommunitiesAsync(CancellationToken.None);
        var company = (await estate.Reader.GetCompanyProfilesAsync(CancellationToken.None)).Single();
        var catalog = await estate.Reader.GetDocumentCatalogAsync(company.CatalogProfile, CancellationToken.None);
        var checkedCount = 0;
        var problems = new List<DossierProblem>();
        foreach (var community in communities)
        {
            var buildings = (await estate.Reader.GetBuildingsAsync(UnitScope.Community(community.Id), CancellationToken.None)).ToDictionary(b => b.Id);
            var vip = (await estate.Reader.GetVipDetailsAsync(UnitScope.Community(community.Id), CancellationToken.None)).ToDictionary(v => v.OwnerId, StringComparer.Ordinal);
            await foreach (var dossier in estate.Reader.StreamDossiersAsync(UnitScope.Community(community.Id), CancellationToken.None))
            {
                var model = ChecklistBuilder.Build(dossier, company.Name, community.Name, buildings[dossier.Unit.BuildingId], catalog, vip, AsOf, problems);
                Assert.NotNull(model);
                var outcome = estate.Renderer.BuildDocument(DossierDocuments.ChecklistKind, model, CancellationToken.None);
                Assert.True(outcome.Succeeded, $"{dossier.Unit.Id}: {string.Join("\n", outcome.Problems)}");
                checkedCount++;
            }
        }

        Assert.Equal(1200, checkedCount);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_sample_inspection_records_are_valid_files()
    {
        // R-QI-2: C01 had its full inspection; 600 dossiers → 30 sampled.
        var plan = await estate.Documents.InspectionAsync(estate.Job("C01", AsOf), null, false, CancellationToken.None);
        AssertValidFiles(plan);
        Assert.Contains(plan.Notes, n => n.Contains("sample of 30 of 600", StringComparison.Ordinal));
        AssertValidFiles(await estate.Documents.InspectionAsync(estate.Job("C01", AsOf), null, true, CancellationToken.None));
    }

    [Fact]
    public async Task The_sample_borrowings_list_reports_the_impossible_return_and_is_still_written()
    {
        // The sample data holds one borrowing returned before it was borrowed (C01-B08-1603-BW).
        var result = await estate.Documents.BorrowingsAsync(estate.Job("C01", AsOf), CancellationToken.None);
        AssertValidFiles(result);
        Assert.Contains(result.Problems, p => p.Key == "C01-B08-1603-BW");
        var text = PdfText.Of(result.Files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
        Assert.Contains("原件带出公司", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sample_catalog_cards_and_a_roster_are_valid_files()
    {
        AssertValidFiles(await estate.Documents.CatalogCardsAsync(estate.Job("C01", AsOf) with { BuildingId = "C01-B09" }, CancellationToken.None));
        var roster = await estate.Documents.RosterAsync(
            estate.Job("C02", AsOf),
            new RosterRequest { Role = StaffRole.CustomerService },
            "林小红",
            CancellationToken.None);
        AssertValidFiles(roster);
    }
}
