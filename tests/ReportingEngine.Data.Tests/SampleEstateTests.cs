using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;
using ReportingEngine.Data.Reading;
using ReportingEngine.Data.Schema;
using ReportingEngine.Data.Synthetic;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Dossiers;

namespace ReportingEngine.Data.Tests;

public sealed class SampleEstateFixture : IAsyncLifetime
{
    public string DbFile { get; } = Path.Combine(TestPaths.NewTempDirectory(), "estate.db");

    public ImportResult Result { get; private set; } = null!;

    public IEstateReader Reader => EstateReaders.Create("Data Source=" + DbFile);

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("RE_UPDATE_SAMPLE") == "1")
        {
            EstateGenerator.Generate(GeneratorOptions.Sample, TestPaths.SampleData, CancellationToken.None);
        }

        Result = await DatabaseInitializer.InitializeAsync(EstateConnectionFactory.Create("Data Source=" + DbFile), TestPaths.SampleData, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public class SampleEstateTests(SampleEstateFixture sample) : IClassFixture<SampleEstateFixture>
{
    [Fact]
    public async Task Every_csv_row_of_the_sample_estate_is_in_the_database()
    {
        Assert.True(sample.Result.Succeeded, string.Join("\n", sample.Result.Diagnostics.Take(20)));
        foreach (var table in EstateSchema.Tables)
        {
            var csvRows = 0L;
            using (var csv = CsvReader.Open(Path.Combine(TestPaths.SampleData, table.FileName)))
            {
                csv.Read();
                while (csv.Read() is not null)
                {
                    csvRows++;
                }
            }

            Assert.Equal(csvRows, await sample.Reader.CountRowsAsync(table.Name, CancellationToken.None));
        }
    }

    [Fact]
    public async Task The_sample_has_three_communities_and_at_least_1200_units()
    {
        var communities = await sample.Reader.GetCommunitiesAsync(CancellationToken.None);
        Assert.Equal(3, communities.Count);
        Assert.True(await sample.Reader.CountRowsAsync("units", CancellationToken.None) >= 1200);
    }

    [Fact]
    public void The_committed_sample_is_exactly_what_the_generator_writes()
    {
        var dir = TestPaths.NewTempDirectory();
        EstateGenerator.Generate(GeneratorOptions.Sample, dir, CancellationToken.None);
        foreach (var table in EstateSchema.Tables)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(dir, table.FileName)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(TestPaths.SampleData, table.FileName))),
                table.FileName + " differs from the generator output (regenerate with RE_UPDATE_SAMPLE=1)");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(14)]
    [InlineData(24)]
    public async Task Units_with_each_arrears_pattern_exist(int unpaidBills)
    {
        var unpaidByUnit = new Dictionary<string, int>(StringComparer.Ordinal);
        var paid = new HashSet<string>(StringComparer.Ordinal);
        var from = new BillingPeriod(2024, 11);
        var to = new BillingPeriod(2026, 10);
        await foreach (var p in sample.Reader.StreamPaymentsAsync(from, to, UnitScope.All, CancellationToken.None))
        {
            paid.Add(p.BillId);
        }

        await foreach (var bill in sample.Reader.StreamBillsAsync(from, to, UnitScope.All, CancellationToken.None))
        {
            if (!paid.Contains(bill.Id))
            {
                unpaidByUnit[bill.UnitId] = unpaidByUnit.GetValueOrDefault(bill.UnitId) + 1;
            }
        }

        Assert.Contains(unpaidByUnit.Values, v => v == unpaidBills);
    }

    [Fact]
    public async Task Arrears_older_than_the_history_are_carried_forward_on_the_first_bill()
    {
        var carried = new List<BillStatement>();
        await foreach (var statement in sample.Reader.StreamBillStatementsAsync(new BillingPeriod(2024, 11), new BillingPeriod(2024, 11), UnitScope.All, CancellationToken.None))
        {
            if (statement.Lines.Any(l => l.FeeItemId.EndsWith("-ARREARS", StringComparison.Ordinal)))
            {
                carried.Add(statement);
            }
        }

        Assert.NotEmpty(carried);
        // 40 months of arrears = 16 carried months + 24 unpaid bills.
        Assert.All(carried, s => Assert.Equal(16m, s.Lines.Single(l => l.FeeItemId.EndsWith("-ARREARS", StringComparison.Ordinal)).Quantity));
        Assert.All(carried, s => Assert.Equal(s.Bill.Total, s.Lines.Sum(l => l.Amount)));
    }

    [Fact]
    public async Task The_sample_has_refused_visits_unreturned_borrowings_and_an_original_taken_off_site()
    {
        var actions = new List<Domain.Collection.CollectionAction>();
        await foreach (var a in sample.Reader.StreamCollectionActionsAsync(UnitScope.All, CancellationToken.None))
        {
            actions.Add(a);
        }

        Assert.Contains(actions, a => a.Kind == Domain.Collection.CollectionActionKind.Visit && a.Outcome == Domain.Collection.CollectionOutcome.Refused);
        Assert.Contains(actions, a => a.Kind == Domain.Collection.CollectionActionKind.LawyerLetter && a.Approval == Domain.Collection.ApprovalState.Sent);
        var outstanding = await sample.Reader.GetBorrowingsAsync(UnitScope.All, outstandingOnly: true, CancellationToken.None);
        Assert.NotEmpty(outstanding);
        Assert.Contains(outstanding, b => b.Form == DocumentForm.Original && b.TakenOffSite);
    }

    [Fact]
    public async Task A_company_profile_without_its_own_catalog_is_a_clear_error_not_the_default_list()
    {
        // R-DOS-9: the catalog is chosen per company profile; silently falling back to 000's list would check the wrong papers.
        var error = await Assert.ThrowsAsync<DataConfigurationException>(() => sample.Reader.GetDocumentCatalogAsync("company-002", CancellationToken.None));
        Assert.Equal("document_catalog has no rows for profile 'company-002' (R-DOS-9: add the company's catalog or use 'default')", error.Message);
    }

    [Fact]
    public async Task The_sample_dossiers_have_realistic_gaps()
    {
        var catalog = await sample.Reader.GetDocumentCatalogAsync("default", CancellationToken.None);
        var missingMoveIn = 0;
        var saleOnlyTransfers = 0;
        var hotWork = 0;
        await foreach (var dossier in sample.Reader.StreamDossiersAsync(UnitScope.All, CancellationToken.None))
        {
            var report = DossierCompleteness.Evaluate(dossier, catalog);
            missingMoveIn += report.Missing.Any(m => m.Phase == DossierPhase.MoveIn) ? 1 : 0;
            saleOnlyTransfers += dossier.Documents.Any(d => d.KindCode == "tr_sale") && dossier.Documents.All(d => d.KindCode != "tr_deed") ? 1 : 0;
            hotWork += dossier.Renovations.Any(r => r.HotWork) ? 1 : 0;
        }

        Assert.True(missingMoveIn > 10, "dossiers missing 入伙 documents: " + missingMoveIn);
        Assert.True(saleOnlyTransfers > 0);
        Assert.True(hotWork > 0);
    }

    [Fact]
    public async Task Survey_responses_cover_two_quarters_with_25_scores_and_every_entrance()
    {
        foreach (var quarter in new[] { new SurveyQuarter(2026, 2), new SurveyQuarter(2026, 3) })
        {
            var units = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var r in sample.Reader.StreamSurveyResponsesAsync(quarter, UnitScope.All, CancellationToken.None))
            {
                Assert.Equal(25, r.Scores.Count);
                units.Add(r.UnitId);
            }

            await foreach (var listing in sample.Reader.StreamUnitsAsync(UnitScope.All, CancellationToken.None))
            {
                _ = listing;
            }

            var entrances = new HashSet<string>(StringComparer.Ordinal);
            var covered = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var listing in sample.Reader.StreamUnitsAsync(UnitScope.All, CancellationToken.None))
            {
                var key = listing.Building.Id + "/" + listing.Unit.Entrance;
                entrances.Add(key);
                if (units.Contains(listing.Unit.Id))
                {
                    covered.Add(key);
                }
            }

            Assert.Equal(entrances.Count, covered.Count);
        }
    }

    [Fact]
    public async Task Units_stream_in_delivery_order_with_current_owners()
    {
        var previous = (Community: string.Empty, Order: -1, Floor: int.MinValue, Room: string.Empty);
        var count = 0;
        await foreach (var listing in sample.Reader.StreamUnitsAsync(UnitScope.Community("C01"), CancellationToken.None))
        {
            count++;
            Assert.Equal("C01", listing.Community.Id);
            Assert.All(listing.Owners, o => Assert.True(o.IsCurrent));
            var key = (listing.Community.Id, listing.Building.SortOrder, listing.Unit.Floor, listing.Unit.Room);
            if (key.SortOrder == previous.Order)
            {
                Assert.True(key.Floor > previous.Floor || (key.Floor == previous.Floor && string.CompareOrdinal(key.Room, previous.Room) > 0));
            }

            previous = key;
        }

        Assert.True(count > 500);
    }
}

public class GeneratorCountTests
{
    [Fact]
    public void The_generator_reports_the_rows_it_wrote()
    {
        var dir = TestPaths.NewTempDirectory();
        var counts = EstateGenerator.Generate(GeneratorOptions.Sample with { Units = 100 }, dir, CancellationToken.None);
        Assert.Equal(100L, counts.Single(c => c.Key == "units").Value);
        Assert.Equal(2400L, counts.Single(c => c.Key == "bills").Value);
        Assert.Equal(File.ReadAllLines(Path.Combine(dir, "bills.csv")).Length - 1, counts.Single(c => c.Key == "bills").Value);
    }
}
