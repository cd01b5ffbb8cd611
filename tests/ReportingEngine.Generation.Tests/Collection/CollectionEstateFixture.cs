using Microsoft.Data.Sqlite;
using ReportingEngine.Data.Connections;
using ReportingEngine.Data.Import;
using ReportingEngine.Data.Reading;
using ReportingEngine.Domain.Arrears;
using ReportingEngine.Domain.Billing;
using ReportingEngine.Domain.Collection;
using ReportingEngine.Domain.Common;
using ReportingEngine.Domain.Estate;
using ReportingEngine.Domain.Fees;
using ReportingEngine.Generation.Collection;
using ReportingEngine.Generation.Register;
using ReportingEngine.Generation.Rendering;
using ReportingEngine.Generation.Templates;

namespace ReportingEngine.Generation.Tests.Collection;

/// <summary>
/// The sample estate in a fresh SQLite file (once per test class), with one change: the approved 8-month account
/// <see cref="BarredUnit"/> also owes a 2022-06 bill, time-barred since 2025-06-21 (R-COL-2).
/// </summary>
public sealed class CollectionEstateFixture : IAsyncLifetime
{
    /// <summary>The day the sample's month of collection is evaluated (its ledger runs to 2026-10).</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 5);

    /// <summary>An 8-month account with two refused visits and an approved letter (sample pattern), given a time-barred bill.</summary>
    public const string BarredUnit = "C01-B01-0404";

    /// <summary>The time-barred bill's amount: it must never be demanded.</summary>
    public const decimal BarredAmount = 321.87m;

    public const string Community = "C01";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "re-collection-" + Guid.NewGuid().ToString("N"));

    public RepositoryLayout Layout { get; } = RepositoryLayout.Discover(AppContext.BaseDirectory);

    public DocumentRenderer Renderer { get; private set; } = null!;

    public IEstateReader Reader { get; private set; } = null!;

    public EstateDatabase Database { get; private set; } = null!;

    public OutputRegister Register { get; private set; } = null!;

    internal CollectionDocuments Documents { get; private set; } = null!;

    public static LawFirm Firm { get; } = new("广东明理律师事务所", "深圳市福田区福华三路88号", "0755-83330000", "郑文华 律师");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var connection = "Data Source=" + Path.Combine(Folder, "estate.db");
        Database = EstateConnectionFactory.Create(connection);
        var result = await DatabaseInitializer.InitializeAsync(Database, Layout.SampleDataRoot, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(10)));
        await using (var sqlite = new SqliteConnection(connection))
        {
            await sqlite.OpenAsync();
            using var command = sqlite.CreateCommand();

            // Keep only the eight unpaid bills 2026-03..2026-10 (no payments, so none is allocated to the old bill and
            // restarts its clock), then add a 2022-06 bill: due 2022-06-20, time-barred from 2025-06-21 (art. 188).
            command.CommandText = """
                DELETE FROM payments WHERE unit_id = 'C01-B01-0404';
                DELETE FROM bill_lines WHERE bill_id IN (SELECT id FROM bills WHERE unit_id = 'C01-B01-0404' AND period < '2026-03');
                DELETE FROM bills WHERE unit_id = 'C01-B01-0404' AND period < '2026-03';
                INSERT INTO bills (id, unit_id, period, issued_on, due_on, total) VALUES ('OLD-0404-2022-06', 'C01-B01-0404', '2022-06', '2022-06-15', '2022-06-20', '321.87');
                """;
            await command.ExecuteNonQueryAsync();
        }

        Reader = EstateReaders.Create(Database);
        Renderer = new DocumentRenderer(Layout);
        Register = new OutputRegister(Database);
        Documents = new CollectionDocuments(Reader, Renderer, new FixedTime(), Register, CollectionOptions.Default with { LawFirm = Firm, GeneratedBy = "tests" });
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind does no harm; the next run uses a new one.
        }

        return Task.CompletedTask;
    }

    /// <summary>A new empty folder for one test's output.</summary>
    public string NewOutputFolder()
    {
        var path = Path.Combine(Folder, "out-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// The domain's own view of a community on a day, computed here independently of the generator: statements
    /// (oldest first), limitation clock and ladder per unit, plus every collection action.
    /// </summary>
    public async Task<(List<(UnitListing Listing, AccountStatement Statement, StageAssessment Assessment)> Units, List<CollectionAction> Actions)> DomainViewAsync(string communityId, DateOnly asOf, BillingPeriod? lastPeriod = null)
    {
        var scope = UnitScope.Community(communityId);
        var last = lastPeriod ?? BillingPeriod.Of(asOf);
        var bills = new List<Bill>();
        await foreach (var b in Reader.StreamBillsAsync(new BillingPeriod(2000, 1), last, scope, CancellationToken.None))
        {
            bills.Add(b);
        }

        var payments = new List<Payment>();
        await foreach (var p in Reader.StreamPaymentsAsync(new BillingPeriod(2000, 1), last, scope, CancellationToken.None))
        {
            payments.Add(p);
        }

        var deliveries = new List<Delivery>();
        await foreach (var d in Reader.StreamDeliveriesAsync(scope, CancellationToken.None))
        {
            deliveries.Add(d);
        }

        var actions = new List<CollectionAction>();
        await foreach (var a in Reader.StreamCollectionActionsAsync(scope, CancellationToken.None))
        {
            actions.Add(a);
        }

        var billsByUnit = bills.ToLookup(b => b.UnitId, StringComparer.Ordinal);
        var paymentsByUnit = payments.ToLookup(p => p.UnitId, StringComparer.Ordinal);
        var units = new List<(UnitListing, AccountStatement, StageAssessment)>();
        await foreach (var listing in Reader.StreamUnitsAsync(scope, CancellationToken.None))
        {
            var id = listing.Unit.Id;
            var statement = AccountStatement.Compute(id, billsByUnit[id], paymentsByUnit[id], asOf);
            var limitation = LimitationClock.Evaluate(statement, deliveries.Where(d => d.UnitId == id), []);
            var assessment = CollectionLadder.Assess(new CollectionCase
            {
                Statement = statement,
                UnitLabel = listing.Building.Name + " " + listing.Unit.Label,
                OwnerLivesAbroad = listing.Owners.Any(o => o.IsCurrent && o.LivesAbroad),
                Actions = [.. actions.Where(a => a.UnitId == id)],
                Limitation = limitation,
            });
            units.Add((listing, statement, assessment));
        }

        return (units, actions);
    }

    /// <summary>Units of the community by number of unpaid bills in the sample's 24-month history (its arrears pattern).</summary>
    public async Task<Dictionary<string, int>> UnpaidBillsAsync(string communityId)
    {
        var scope = UnitScope.Community(communityId);
        var paid = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var p in Reader.StreamPaymentsAsync(new BillingPeriod(2024, 11), new BillingPeriod(2026, 10), scope, CancellationToken.None))
        {
            paid.Add(p.BillId);
        }

        var unpaid = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var bill in Reader.StreamBillsAsync(new BillingPeriod(2024, 11), new BillingPeriod(2026, 10), scope, CancellationToken.None))
        {
            unpaid[bill.UnitId] = unpaid.GetValueOrDefault(bill.UnitId) + (paid.Contains(bill.Id) ? 0 : 1);
        }

        return unpaid;
    }

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 5, 1, 0, 0, TimeSpan.Zero);
    }
}
