using ReportingEngine.Domain.Arrears;
using ReportingEngine.Generation.Collection;
using ReportingEngine.Generation.Collection.Models;
using ReportingEngine.Generation.Tests.Surveys;
using Xunit.Abstractions;

namespace ReportingEngine.Generation.Tests.Collection;

/// <summary>R-COL-1: each unit in arrears on the list of the stage the ladder gives it; calls state the script's facts;
/// door visits by teams of at least two on evenings or weekends.</summary>
[Collection(SharedEstate.Name)]
public sealed class CollectionListsTests(CollectionEstateFixture estate, ITestOutputHelper output)
{
    private static CollectionRequest Request(DateOnly asOf) => new() { CommunityId = CollectionEstateFixture.Community, AsOf = asOf };

    [Theory]
    // Sample arrears patterns on 2026-11-05 (bills due on the 20th, ledger to 2026-10):
    [InlineData(1, CollectionStage.Phone)]          // 2026-10 overdue 16 days → the collector calls (R-FEE-2, R-COL-1 step 2)
    [InlineData(3, CollectionStage.LawyerLetter)]   // 2026-08 overdue 2 months 16 days, visited → lawyer-letter stage
    [InlineData(8, CollectionStage.LawyerLetter)]   // 7.5 months, two refused visits → lawyer letter
    [InlineData(14, CollectionStage.BeyondLadder)]  // more than a year → beyond the ladder
    [InlineData(24, CollectionStage.BeyondLadder)]  // the 40-month accounts (16 carried + 24 unpaid bills)
    public async Task Each_sample_account_is_listed_at_the_stage_the_ladder_gives_it(int unpaidBills, CollectionStage expected)
    {
        var pattern = (await estate.UnpaidBillsAsync(CollectionEstateFixture.Community))
            .Where(p => p.Value == unpaidBills && p.Key != CollectionEstateFixture.BarredUnit)
            .Select(p => p.Key)
            .ToList();
        Assert.NotEmpty(pattern);
        var (units, _) = await estate.DomainViewAsync(CollectionEstateFixture.Community, CollectionEstateFixture.AsOf);
        var stages = units.ToDictionary(u => u.Listing.Unit.Id, u => u.Assessment.Stage, StringComparer.Ordinal);

        var (model, problems, _) = await estate.Documents.BuildListsAsync(Request(CollectionEstateFixture.AsOf), CancellationToken.None);

        Assert.Empty(problems);
        Assert.NotNull(model);
        foreach (var unitId in pattern)
        {
            // Owners living abroad are not visited (R-COL-1 step 2); the ladder says so, and the list follows it.
            var stage = stages[unitId];
            Assert.True(stage == expected || (expected == CollectionStage.LawyerLetter && stage == CollectionStage.Phone), $"{unitId}: ladder says {stage}");
            Assert.Equal(stage, ListedStage(model, unitId));
        }
    }

    [Fact]
    public async Task Every_unit_in_arrears_is_on_exactly_one_list_with_the_domain_amount()
    {
        var (units, _) = await estate.DomainViewAsync(CollectionEstateFixture.Community, CollectionEstateFixture.AsOf);
        var inArrears = units.Where(u => u.Assessment.Stage != CollectionStage.None).ToList();

        var (model, _, _) = await estate.Documents.BuildListsAsync(Request(CollectionEstateFixture.AsOf), CancellationToken.None);

        Assert.NotNull(model);
        Assert.Equal(inArrears.Count, model.UnitsInArrears);
        Assert.Equal(inArrears.Sum(u => u.Assessment.Reason.OutstandingAmount), model.Total);
        Assert.Equal(model.UnitsInArrears, model.Summary.Sum(s => s.Units));
        foreach (var (listing, _, assessment) in inArrears)
        {
            Assert.Equal(assessment.Stage, ListedStage(model, listing.Unit.Id));
        }
    }

    [Fact]
    public async Task A_call_states_items_periods_amounts_and_a_deadline()
    {
        var (model, _, _) = await estate.Documents.BuildListsAsync(Request(CollectionEstateFixture.AsOf), CancellationToken.None);

        Assert.NotNull(model);
        Assert.NotEmpty(model.Calls);
        Assert.All(model.Calls, call =>
        {
            Assert.NotEmpty(call.Items);
            Assert.Equal(call.Total, call.Items.Sum(i => i.Amount));
            Assert.Equal("2026-11-12", call.Deadline); // R-COL-1 step 2: a deadline, 7 days by default
            Assert.EndsWith("您好", call.Greeting, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Door_visits_go_to_teams_of_at_least_two_on_evenings_and_weekends()
    {
        // On 2026-10-25 the 3-month accounts are 2 months 5 days overdue and not yet visited: door-visit stage.
        var asOf = new DateOnly(2026, 10, 25);
        var (units, _) = await estate.DomainViewAsync(CollectionEstateFixture.Community, asOf);
        var visitStage = units.Where(u => u.Assessment.Stage == CollectionStage.DoorVisit).Select(u => u.Listing.Unit.Id).ToList();
        Assert.NotEmpty(visitStage);

        var (model, _, _) = await estate.Documents.BuildListsAsync(Request(asOf), CancellationToken.None);

        Assert.NotNull(model);
        var visits = model.Teams.SelectMany(t => t.Visits).ToList();
        Assert.Equal(visitStage.Order(StringComparer.Ordinal), visits.Select(v => v.UnitId).Concat(model.Unplanned.Select(u => u.UnitId)).Order(StringComparer.Ordinal));
        Assert.All(model.Teams, t => Assert.True(t.Staff.Split('、').Length >= 2, t.Staff));
        Assert.All(visits, v =>
        {
            var day = DateOnly.ParseExact(v.Day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            Assert.True(weekend || string.CompareOrdinal(v.Window, "18:00") >= 0, $"{v.Day} {v.Window} is neither an evening nor a weekend");
            Assert.True(day > asOf);
        });
    }

    [Fact]
    public async Task The_lists_render_to_a_valid_docx_and_a_pdf_that_passes_qpdf()
    {
        var folder = estate.NewOutputFolder();
        var run = await estate.Documents.GenerateListsAsync(Request(CollectionEstateFixture.AsOf), folder, CancellationToken.None);

        Assert.True(run.Succeeded, string.Join("\n", run.Problems));
        Assert.Equal(2, run.Files.Count);
        DocxCheck.AssertValid(await File.ReadAllBytesAsync(run.Files.Single(f => f.EndsWith(".docx", StringComparison.Ordinal))));
        var pdf = run.Files.Single(f => f.EndsWith(".pdf", StringComparison.Ordinal));
        PdfText.AssertQpdfCheck(pdf, output);
        var text = PdfText.ExtractFile(pdf, output);
        if (text is not null)
        {
            Assert.Contains("电话催缴名单", text, StringComparison.Ordinal);
            Assert.Contains("律师函阶段名单", text, StringComparison.Ordinal);
        }
    }

    private static CollectionStage ListedStage(CollectionListsModel model, string unitId)
    {
        var found = new List<CollectionStage>();
        if (model.Reminders.Any(r => r.UnitId == unitId))
        {
            found.Add(CollectionStage.Reminder);
        }

        if (model.Calls.Any(r => r.UnitId == unitId))
        {
            found.Add(CollectionStage.Phone);
        }

        if (model.Teams.SelectMany(t => t.Visits).Any(v => v.UnitId == unitId) || model.Unplanned.Any(r => r.UnitId == unitId))
        {
            found.Add(CollectionStage.DoorVisit);
        }

        if (model.Letters.Any(r => r.UnitId == unitId))
        {
            found.Add(CollectionStage.LawyerLetter);
        }

        if (model.Beyond.Any(r => r.UnitId == unitId))
        {
            found.Add(CollectionStage.BeyondLadder);
        }

        return found.Count == 1 ? found[0] : throw new Xunit.Sdk.XunitException($"{unitId} is on {found.Count} lists");
    }
}
